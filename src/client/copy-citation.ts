// “Copy citation” buttons: copy the citation shown beside them, and say so in a live region;
// where the browser refuses, say that too and select the citation for the reader to copy.
export function enhanceCopyButtons(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        if (status) status.textContent = status.dataset.ok ?? '';
        button.dataset.copied = '';
      } catch {
        if (status) status.textContent = status.dataset.fail ?? '';
        const text = button.closest('[data-citation-holder]')?.querySelector('[data-citation]');
        if (text) getSelection()?.selectAllChildren(text);
      }
    });
  }
}
