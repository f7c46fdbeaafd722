// The report composer: assembles a clear report from the form, in the reader's language and,
// for English readers, in Chinese too. Nothing leaves the device; a draft is kept in this
// browser only when the reader asks for it, and "Clear" removes it.

const DRAFT_KEY = 'yubei-report-draft';
type Lang = 'zh' | 'en';
interface Data {
  locale: Lang;
  labels: Record<Lang, Record<string, string>>;
  problems: { id: string; zh: string; en: string }[];
}

const FIELDS = ['problem', 'place', 'when', 'what', 'name', 'phone'] as const;

export interface ReportFields {
  problem: string;
  place: string;
  when: string;
  frequency: string;
  what: string;
  evidence: string[];
  name: string;
  phone: string;
}

/** The report text in one language; empty fields are left out. */
export function reportText(f: ReportFields, lang: Lang, data: Data): string {
  const L = (k: string) => data.labels[lang][`compose.${k}`] ?? k;
  const colon = lang === 'zh' ? '：' : ': ';
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  const problem = f.problem === 'other' ? L('other') : (data.problems.find((p) => p.id === f.problem)?.[lang] ?? f.problem);
  const when = [f.when, f.frequency ? (lang === 'zh' ? `（${L(f.frequency)}）` : `(${L(f.frequency).toLowerCase()})`) : ''].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  const contact = [f.name, f.phone].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  const lines = [
    L('reportHeading'),
    `${L('problem')}${colon}${problem}`,
    f.place && `${L('place')}${colon}${f.place}`,
    when && `${L('when')}${colon}${when}`,
    f.what && `${L('what')}${colon}${f.what}`,
    f.evidence.length > 0 && `${L('evidence')}${colon}${list(f.evidence.map((e) => L(e)))}`,
    contact && `${L('contact').replace(/[（(].*$/u, '')}${colon}${contact}`,
  ];
  return lines.filter(Boolean).join('\n');
}

export function startComposer(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-composer]');
  const json = document.getElementById('composer-data');
  if (!form || !json) return;
  const data = JSON.parse(json.textContent ?? '{}') as Data;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const output = form.querySelector<HTMLElement>('[data-output]')!;
  const say = (key: string) => (status.textContent = data.labels[data.locale][`compose.${key}`] ?? '');
  form.hidden = false;
  document.querySelectorAll<HTMLElement>('.no-js-only').forEach((e) => (e.hidden = true));

  const read = (): ReportFields => {
    const el = (n: string) => form.elements.namedItem(n) as HTMLInputElement | null;
    return {
      problem: el('problem')?.value ?? '',
      place: el('place')?.value.trim() ?? '',
      when: el('when')?.value.trim() ?? '',
      frequency: (form.querySelector<HTMLInputElement>('input[name="frequency"]:checked')?.value) ?? '',
      what: el('what')?.value.trim() ?? '',
      evidence: [...form.querySelectorAll<HTMLInputElement>('input[name="evidence"]:checked')].map((c) => c.value),
      name: el('name')?.value.trim() ?? '',
      phone: el('phone')?.value.trim() ?? '',
    };
  };
  const write = (f: Partial<ReportFields>) => {
    for (const n of FIELDS) {
      const el = form.elements.namedItem(n) as HTMLInputElement | null;
      if (el && f[n] !== undefined) el.value = f[n]!;
    }
    form.querySelectorAll<HTMLInputElement>('input[name="frequency"]').forEach((r) => (r.checked = r.value === f.frequency));
    form.querySelectorAll<HTMLInputElement>('input[name="evidence"]').forEach((c) => (c.checked = (f.evidence ?? []).includes(c.value)));
  };

  // A draft exists only if the reader saved one on this device.
  try {
    const draft = localStorage.getItem(DRAFT_KEY);
    if (draft) write(JSON.parse(draft) as ReportFields);
  } catch {
    /* storage unavailable: nothing to restore */
  }

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
      write({ problem: form.querySelector('option')?.getAttribute('value') ?? '', place: '', when: '', frequency: '', what: '', evidence: [], name: '', phone: '' });
      localStorage.removeItem(DRAFT_KEY);
      output.hidden = true;
      say('cleared');
    } else if (action === 'copy') {
      const texts = [document.getElementById('c-output'), document.getElementById('c-output-zh')].map((t) => (t as HTMLTextAreaElement | null)?.value).filter(Boolean);
      await navigator.clipboard.writeText(texts.join('\n\n'));
      say('copied');
    } else if (action === 'print') {
      print();
    }
  });
}
