// The report composer: assembles a clear report from the form, in the reader's language and,
// for readers of a translation, in Chinese too (client/report-text.ts writes the text). Nothing
// leaves the device; a draft is kept in this browser only when the reader asks for it, and
// "Clear" removes it.
import { reportText, type ComposerData, type ReportFields } from './report-text.ts';

const DRAFT_KEY = 'yubei-report-draft';
const SIMPLE = ['problem', 'place', 'when', 'what', 'askOther', 'date', 'name', 'phone'] as const;

export function startComposer(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-composer]');
  const json = document.getElementById('composer-data');
  if (!form || !json) return;
  const data = JSON.parse(json.textContent ?? '{}') as ComposerData;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const output = form.querySelector<HTMLElement>('[data-output]')!;
  const say = (key: string) => (status.textContent = data.labels[data.locale][`compose.${key}`] ?? '');
  const el = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  form.hidden = false;
  document.querySelectorAll<HTMLElement>('.no-js-only').forEach((e) => (e.hidden = true));

  // Only the chosen problem's questions show.
  const showPrompts = () => form.querySelectorAll<HTMLFieldSetElement>('[data-prompts]').forEach((f) => (f.hidden = f.dataset.prompts !== el('problem')?.value));
  el('problem')?.addEventListener('change', showPrompts);

  const active = () => form.querySelector<HTMLFieldSetElement>(`[data-prompts="${el('problem')?.value}"]`);
  const read = (): ReportFields => {
    const box = active();
    const answers: Record<string, string> = {};
    box?.querySelectorAll<HTMLInputElement>('[data-prompt]').forEach((i) => {
      if (i.type === 'radio' ? i.checked : i.value.trim()) answers[i.dataset.prompt!] = i.value.trim();
    });
    return {
      ...(Object.fromEntries(SIMPLE.map((n) => [n, el(n)?.value.trim() ?? ''])) as Record<(typeof SIMPLE)[number], string>),
      answers,
      frequency: form.querySelector<HTMLInputElement>('input[name="frequency"]:checked')?.value ?? '',
      evidence: [...form.querySelectorAll<HTMLInputElement>('input[name="evidence"]:checked')].map((c) => c.value),
      asks: [...(box?.querySelectorAll<HTMLInputElement>('[data-ask]:checked') ?? [])].map((c) => c.value),
    };
  };
  const write = (f: Partial<ReportFields>) => {
    for (const n of SIMPLE) if (f[n] !== undefined && el(n)) el(n)!.value = f[n]!;
    showPrompts();
    form.querySelectorAll<HTMLInputElement>('input[name="frequency"]').forEach((r) => (r.checked = r.value === f.frequency));
    form.querySelectorAll<HTMLInputElement>('input[name="evidence"]').forEach((c) => (c.checked = (f.evidence ?? []).includes(c.value)));
    const box = active();
    box?.querySelectorAll<HTMLInputElement>('[data-prompt]').forEach((i) => {
      const a = f.answers?.[i.dataset.prompt!] ?? '';
      if (i.type === 'radio') i.checked = i.value === a;
      else i.value = a;
    });
    box?.querySelectorAll<HTMLInputElement>('[data-ask]').forEach((c) => (c.checked = (f.asks ?? []).includes(c.value)));
  };
  const today = () => new Date().toISOString().slice(0, 10);

  // A draft exists only if the reader saved one on this device.
  let draft: Partial<ReportFields> = {};
  try {
    draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as Partial<ReportFields>;
  } catch {
    /* storage unavailable: nothing to restore */
  }
  write({ date: today(), ...draft });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = read();
    (document.getElementById('c-output') as HTMLTextAreaElement).value = reportText(f, data.locale, data);
    const zh = document.getElementById('c-output-zh') as HTMLTextAreaElement | null;
    if (zh) zh.value = reportText(f, 'zh', data);
    output.hidden = false;
    status.textContent = '';
  });
  form.addEventListener('click', async (e) => {
    const action = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'save') {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(read()));
      say('saved');
    } else if (action === 'clear') {
      form.reset();
      localStorage.removeItem(DRAFT_KEY);
      write({ problem: form.querySelector('option')?.getAttribute('value') ?? '', date: today(), answers: {}, asks: [], evidence: [], frequency: '' });
      output.hidden = true;
      say('cleared');
    } else if (action === 'copy') {
      const texts = ['c-output', 'c-output-zh'].map((id) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value).filter(Boolean);
      try {
        await navigator.clipboard.writeText(texts.join('\n\n'));
        say('copied');
      } catch {
        say('copyFailed');
        (document.getElementById('c-output') as HTMLTextAreaElement).select();
      }
    } else if (action === 'print') {
      print();
    }
  });
}
