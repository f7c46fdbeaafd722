/**
 * What a record holds, for ranking by what a query asks (query.ts `QueryIntent`): its kind,
 * whether it states a number and in which units, which period it speaks of, which places it is
 * about, whether it names a number to call. Stored as values of small Pagefind filters, which
 * the search page reads with filter-only searches before it fetches any record; each filter is
 * its own file, fetched only by a query whose intent needs it. The kind is the `type` filter.
 */
import { UNITS } from './query-words.ts';
import type { SearchType } from './search-types.ts';

export const feature = {
  kind: (type: SearchType) => `k:${type}`,
  number: 'num',
  /** Names a year (2022年, by 2025): what a question about when looks for. */
  year: 'year',
  unit: (unit: string) => `u:${unit}`,
  /** Speaks of the 2021–2025 period: a 2025 indicator, its table row, a commitment. */
  target: 'p2025',
  /** Speaks of 2016–2020: a 2020 indicator, its table row, chapter 1 (the basis and situation). */
  past: 'p2020',
  about: (place: string) => `about:${place}`,
  /** Names a number to call (12345, a hotline). */
  channel: 'tell',
  /** Belongs to a topic (src/content/topics/assignments.yaml). */
  topic: (topic: string) => `topic:${topic}`,
} as const;

const CHANNELS = { zh: /12345|12369|热线/u, en: /12345|12369|hotline/u } as const;

/** Where a record stands in the plan or the site, as far as its features depend on it. */
export interface RecordPlace {
  type: SearchType;
  /** The plan node or entry id the record is (`box-2-r12`, `ch01-s01-p05`), when it is one. */
  node?: string;
  /** For an indicator: its box (1 = 2016–2020, 2 = 2021–2025). */
  box?: 1 | 2;
}

/** A mention of a place in a record's text (see core/collections/places.ts). */
export interface PlaceMention {
  place: string;
  start: number;
}

/**
 * A record is about a place when it is the place's own record, names it twice or more, or
 * names it near its beginning (in a heading, a lead or the first words); a passing mention in
 * a long paragraph is not.
 */
export function placesAbout(mentions: readonly PlaceMention[], textLength: number, own?: string): string[] {
  const out = new Set<string>(own ? [own] : []);
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.place, (count.get(m.place) ?? 0) + 1);
  for (const m of mentions) if (count.get(m.place)! >= 2 || m.start <= Math.max(30, textLength / 5)) out.add(m.place);
  return [...out];
}

/** The filter that holds a feature value (`k:` kinds are the `type` filter's values, by their names). */
export function featureFilter(value: string): string {
  if (value.startsWith('k:')) return 'type';
  if (value === feature.number || value === feature.year || value.startsWith('u:')) return 'n';
  if (value === feature.target || value === feature.past) return 'p';
  if (value.startsWith('about:')) return 'a';
  if (value.startsWith('topic:')) return 'c';
  return 't';
}

/** The features of a record by filter (the kind left out: it is the `type` filter). */
export function featureFilters(values: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of values) if (!v.startsWith('k:')) (out[featureFilter(v)] ??= []).push(v);
  return out;
}

export function recordFeatures(text: string, lang: 'zh' | 'en', where: RecordPlace, about: readonly string[], topics: readonly string[] = []): string[] {
  const out: string[] = [feature.kind(where.type)];
  if (/\d/u.test(text)) out.push(feature.number);
  if (/(?<!\d)20[0-4]\d(?!\d)/u.test(text)) out.push(feature.year);
  const lower = text.toLowerCase();
  for (const [unit, re] of Object.entries(UNITS)) if (re[lang].test(lower)) out.push(feature.unit(unit));
  const node = where.node ?? '';
  const mentions2025 = lang === 'zh' ? /2025年/u.test(text) : /\b2025\b/u.test(text);
  if (where.box === 2 || /^box-2-/u.test(node) || where.type === 'commitment' || (mentions2025 && where.box !== 1)) out.push(feature.target);
  if (where.box === 1 || /^box-1-|^ch01-/u.test(node)) out.push(feature.past);
  if (CHANNELS[lang].test(lower)) out.push(feature.channel);
  for (const p of about) out.push(feature.about(p));
  for (const t of topics) out.push(feature.topic(t));
  return out;
}
