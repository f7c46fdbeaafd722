import { LOCALE_IDS, type Locale } from '../../i18n/locales.ts';
import type { NodeIndex } from '../nodes/node-index.ts';
import { numbersIn } from '../numbers.ts';
import type { Problems } from '../problems.ts';
import { CALENDAR_SOURCE, type CalendarDay } from '../schemas/calendar.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { TeacherNotes } from '../schemas/teacher-notes.ts';
import type { LessonSource, Located, TeacherNotesSource } from '../sources.ts';
import { lessonReferences } from './lesson-references.ts';

export interface LessonEntry {
  slug: string;
  locale: Locale;
  data: Lesson;
}

/** What the lesson checks need to know exists. */
export interface KnownIds {
  indicators: ReadonlySet<string>;
  commitments: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/** The prose of a lesson body, without its components (whose figures come from the data). */
const prose = (body: string) => body.replace(/<(Quote|Fact|Term)\b[^>]*\/>/gu, ' ');

/**
 * Lessons by language, in their order. Every lesson exists in every language with the same slug
 * and the same number of discussion questions; every reference resolves; every figure typed in
 * the prose occurs in a cited source; every quiz answer is an option, and its numbers occur in
 * its source paragraph; every listed term is linked in the text.
 */
export function buildLessons(list: readonly Located<LessonSource>[], known: KnownIds, nodes: NodeIndex, problems: Problems): Record<Locale, LessonEntry[]> {
  const bySlug = new Map<string, Map<Locale, Located<LessonSource>>>();
  for (const r of list) bySlug.set(r.record.slug, (bySlug.get(r.record.slug) ?? new Map()).set(r.record.locale, r));
  for (const [slug, versions] of bySlug) {
    for (const l of LOCALE_IDS) if (!versions.has(l)) problems.file(`src/content/lessons/${l}/${slug}.mdx`, 'missing: every lesson exists in every language');
    const counts = new Set([...versions.values()].map((v) => v.record.data.discussion?.length ?? 0));
    if (counts.size > 1) problems.at([...versions.values()][0]!, `${slug}: the languages have different numbers of discussion questions`);
  }
  for (const r of list) {
    const { data, body } = r.record;
    const exists = (id: string, what: string) => nodes.has(id) || problems.at(r, `${what} ${id}: no such plan node`);
    data.sources.forEach((s) => exists(s, 'source'));
    for (const ref of lessonReferences(body)) {
      const ok = ref.kind === 'quote' ? nodes.text(ref.id, 'zh') !== undefined : ref.kind === 'indicator' ? known.indicators.has(ref.id) : ref.kind === 'commitment' ? known.commitments.has(ref.id) : known.terms.has(ref.id);
      if (!ok) problems.at(r, `<${ref.kind}> ${ref.id}: no such ${ref.kind === 'quote' ? 'paragraph' : ref.kind}`);
    }
    const allowed = new Set(data.sources.flatMap((s) => numbersIn(nodes.text(s, 'zh') ?? '')));
    for (const n of numbersIn(prose(body))) if (!allowed.has(n)) problems.at(r, `the figure ${n} in the text occurs in none of the lesson's sources`);
    data.quiz.forEach((q, k) => {
      exists(q.source, `quiz ${k + 1}: source`);
      if (q.answer >= q.options.length) problems.at(r, `quiz ${k + 1}: answer ${q.answer} is not an option`);
      else if (r.record.locale === 'zh') {
        const source = numbersIn(nodes.text(q.source, 'zh') ?? '');
        for (const n of numbersIn(q.options[q.answer]!)) if (!source.includes(n)) problems.at(r, `quiz ${k + 1}: ${n} in the answer is not in ${q.source}`);
      }
    });
    data.terms.forEach((t) => known.terms.has(t) || problems.at(r, `term ${t}: not in the glossary`));
    const linked = new Set(lessonReferences(body).filter((x) => x.kind === 'term').map((x) => x.id));
    for (const t of data.terms.filter((x) => !linked.has(x))) problems.at(r, `term ${t} is listed but not linked with <Term id="${t}" />`);
  }
  const out = Object.fromEntries(LOCALE_IDS.map((l) => [l, [] as LessonEntry[]])) as Record<Locale, LessonEntry[]>;
  for (const r of list) out[r.record.locale].push({ slug: r.record.slug, locale: r.record.locale, data: r.record.data });
  for (const l of LOCALE_IDS) out[l].sort((a, b) => a.data.order - b.data.order);
  return out;
}

/**
 * Teacher notes by lesson slug and language: one per lesson and language once any exist, a model
 * answer per discussion question, timing adding up to the lesson's length, sources that exist.
 */
export function buildTeacherNotes(list: readonly Located<TeacherNotesSource>[], lessons: Record<Locale, LessonEntry[]>, nodes: NodeIndex, problems: Problems): Map<string, Record<Locale, TeacherNotes>> {
  const out = new Map<string, Partial<Record<Locale, TeacherNotes>>>();
  for (const r of list) {
    const { slug, locale, data } = r.record;
    const lesson = lessons[locale].find((l) => l.slug === slug);
    if (!lesson) {
      problems.at(r, `no lesson ${locale}/${slug}`);
      continue;
    }
    const asked = lesson.data.discussion?.length ?? 0;
    if (data.answers.length !== asked) problems.at(r, `${data.answers.length} model answers for ${asked} discussion questions`);
    const minutes = data.timing.reduce((a, s) => a + s.minutes, 0);
    if (minutes !== lesson.data.minutes) problems.at(r, `the timing adds up to ${minutes} minutes; the lesson takes ${lesson.data.minutes}`);
    for (const s of data.answers.flatMap((a) => a.sources)) if (!nodes.has(s)) problems.at(r, `source ${s}: no such plan node`);
    out.set(slug, { ...(out.get(slug) ?? {}), [locale]: data });
  }
  if (list.length > 0) {
    for (const l of LOCALE_IDS) for (const lesson of lessons[l]) if (!out.get(lesson.slug)?.[l]) problems.file(`src/content/teacher-notes/${l}/${lesson.slug}.yaml`, 'missing: every lesson has teacher notes in every language');
  }
  return out as Map<string, Record<Locale, TeacherNotes>>;
}

/** Campaign days, in calendar order; each must be named word for word in the plan's paragraph. */
export function buildCalendar(list: readonly Located<CalendarDay>[], nodes: NodeIndex, problems: Problems): CalendarDay[] {
  const text = nodes.text(CALENDAR_SOURCE, 'zh') ?? '';
  for (const r of list) {
    const { id, quote, date } = r.record;
    if (!text.includes(quote)) problems.at(r, `${id}: “${quote}” is not in ${CALENDAR_SOURCE}`);
    // The date is the plan's: 6·13, 4.22 …
    if (!new RegExp(`(^|\\D)${date.month}[·.]${date.day}(\\D|$)`, 'u').test(quote)) problems.at(r, `${id}: the date ${date.month}-${date.day} is not the one the plan writes (“${quote}”)`);
  }
  return list.map((r) => r.record).sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
}
