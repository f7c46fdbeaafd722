// The text of a report assembled by the composer, in one language. Pure: the composer page and
// the unit tests call it. Fixed parts (labels, chosen options, requests) are written in the
// report's language; what the reader typed stays as typed and, where the report's language is
// not the reader's, is marked as written in the reader's language.
import { fill } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

type Bi = Readonly<Record<Locale, string>>;

export interface ComposerProblem {
  id: string;
  title: Bi;
  prompts: readonly { id: string; label: Bi; options?: readonly ({ id: string } & Bi)[] | undefined }[];
  asks: readonly ({ id: string } & Bi)[];
}

export interface ComposerData {
  /** The reader's language (what they type in). */
  locale: Locale;
  /** The composer's interface text (`compose.*`), in every language. */
  labels: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  problems: readonly ComposerProblem[];
  /** Places the plan names, to put their name in the report's language where the reader picked one. */
  places: readonly Bi[];
}

export interface ReportFields {
  problem: string;
  /** Answers to the problem's prompts: an option id, or typed text. */
  answers: Readonly<Record<string, string>>;
  place: string;
  when: string;
  frequency: string;
  what: string;
  evidence: readonly string[];
  asks: readonly string[];
  askOther: string;
  /** Date of writing, YYYY-MM-DD. */
  date: string;
  name: string;
  phone: string;
}

/** A place as the composer suggests it: `御临河 (Yulin River)` on an English page, `御临河` on a Chinese one. */
export const placeOption = (p: Bi, locale: Locale): string => (p[locale] === p.zh ? p.zh : `${p.zh} (${p[locale]})`);

/** The report text in one language; empty fields are left out. */
export function reportText(f: ReportFields, lang: Locale, data: ComposerData): string {
  const L = (k: string) => data.labels[lang][`compose.${k}`] ?? k;
  const foreign = lang !== data.locale;
  // What the reader typed: as typed, marked when the report is in another language.
  const typed = (s: string) => (foreign ? `${s}${L('inEnglish')}` : s);
  const line = (label: string, value: string) => (value ? fill(L('line'), { label, value }) : '');
  const problem = data.problems.find((p) => p.id === f.problem);
  const place = data.places.find((p) => placeOption(p, data.locale) === f.place || p.zh === f.place || p[data.locale] === f.place);
  const date = f.date ? new Date(`${f.date}T12:00:00Z`).toLocaleDateString(LOCALES[lang].intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }) : '';
  const when = [f.when && typed(f.when), f.frequency && fill(L('frequencyNote'), { frequency: L(f.frequency).toLocaleLowerCase(LOCALES[lang].intl) })].filter(Boolean).join(L('wordSep'));
  const answers = (problem?.prompts ?? []).map((q) => {
    const a = f.answers[q.id] ?? '';
    const option = q.options?.find((o) => o.id === a);
    return line(q.label[lang], option ? option[lang] : a && typed(a));
  });
  const asks = [...(problem?.asks ?? []).filter((a) => f.asks.includes(a.id)).map((a) => a[lang]), ...(f.askOther ? [typed(f.askOther)] : [])];
  const contact = [f.name, f.phone].filter(Boolean).join(L('listSep'));
  return [
    L('reportHeading'),
    line(L('dateLabel'), date),
    line(L('problem'), problem ? problem.title[lang] : L('other')),
    line(L('place'), place ? place[lang] : f.place && typed(f.place)),
    line(L('when'), when),
    ...answers,
    line(L('what'), f.what && typed(f.what)),
    line(L('evidence'), f.evidence.map((e) => L(e)).join(L('listSep'))),
    // Requests are whole sentences: one per line, as a list under their label.
    asks.length > 0 ? `${line(L('asks'), '\n')}${asks.map((a) => `- ${a}`).join('\n')}`.replace(/[ \t]+\n/gu, '\n') : '',
    line(L('contactLabel'), contact),
  ]
    .filter(Boolean)
    .join('\n');
}
