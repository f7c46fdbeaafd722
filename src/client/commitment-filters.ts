// Filters for the commitments list and the "copy citation" buttons. The full list is plain
// HTML; this only hides entries, keeps the filter in the URL (so a filtered view can be
// shared) and copies citations.

const FIELDS = ['topic', 'deadline', 'strength', 'type', 'q'] as const;

export function enhanceCommitments(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  const entries = [...document.querySelectorAll<HTMLElement>('article.commitment')];
  const count = form?.querySelector<HTMLElement>('.filters__count');
  if (form && count) {
    form.hidden = false;
    // Restore a shared view from the URL.
    const params = new URLSearchParams(location.search);
    for (const f of FIELDS) {
      const el = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;
      const v = params.get(f);
      if (el && v !== null) el.value = v;
    }
    const apply = () => {
      const values = Object.fromEntries(FIELDS.map((f) => [f, ((form.elements.namedItem(f) as HTMLInputElement | null)?.value ?? '').trim()]));
      const words = values.q!.toLowerCase().split(/\s+/u).filter(Boolean);
      let shown = 0;
      for (const e of entries) {
        const d = e.dataset;
        const ok =
          (!values.topic || d.topic === values.topic) &&
          (!values.deadline || d.deadline === values.deadline) &&
          (!values.strength || d.strength === values.strength) &&
          (!values.type || d.type === values.type) &&
          words.every((w) => (d.text ?? '').includes(w));
        e.hidden = !ok;
        if (ok) shown++;
      }
      for (const g of document.querySelectorAll<HTMLElement>('[data-group]')) {
        g.hidden = !g.querySelector('article.commitment:not([hidden])');
      }
      count.textContent = shown === 0 ? (count.dataset.none ?? '') : (count.dataset.countTemplate ?? '').replace('{shown}', String(shown)).replace('{total}', String(entries.length));
      const next = new URLSearchParams();
      for (const f of FIELDS) if (values[f]) next.set(f, values[f]!);
      const query = next.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('reset', () => setTimeout(apply));
    apply();
  }

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
        const text = button.closest('article')?.querySelector('.commitment__citation');
        if (text) getSelection()?.selectAllChildren(text);
      }
    });
  }
}
