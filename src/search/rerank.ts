/**
 * A second look at the first results, once their text is fetched (the page fetches it anyway to
 * show the excerpts): a record whose words for the query stand together in one sentence, with a
 * number when the query asks for one, answers better than one that has them scattered over a
 * long text; a record that holds a run of the query word for word (泰山电缆搬迁) better still.
 * Pagefind's index knows neither, so the order within the first page is adjusted here.
 */
import { normalizeText } from './normalize.ts';
import { escapeRegExp, type UnderstoodQuery } from './query.ts';
import { EXPLAINERS } from './rank.ts';
import type { SearchType } from './search-types.ts';
import { words } from './segment.ts';
import { sentences, sentenceScore } from './sentences.ts';

/**
 * Whether a text holds a run of the query word for word, or, in Chinese, with at most two
 * characters between two of its words, within one clause (玉峰山森林公园 in 玉峰山市级森林公园,
 * 中小学环境教育 in 中小学生态环境保护教育): the plan often puts a qualifier inside a name the
 * reader shortens. English runs must stand as typed (river and lake chief is not river chief).
 * Both `text` and `phrase` are normalised.
 */
export function holdsPhrase(text: string, phrase: string): boolean {
  if (text.includes(phrase)) return true;
  if (!/\p{Script=Han}/u.test(phrase)) return false;
  const parts = words(phrase);
  return parts.length > 1 && new RegExp(parts.map(escapeRegExp).join('[^\\s\\p{P}]{0,2}'), 'u').test(text);
}

export interface Candidate {
  /** The ranking score (rank.ts). */
  score: number;
  /** The record's own text (excerpt.ts recordText). */
  text: string;
  /** The record's URL: one without an anchor is the opening of a long page, which sums up the sections below it. */
  url: string;
  kind: SearchType | undefined;
}

/** How much the text says about the query, from 0.7 (scattered words) to about 1.6. */
export function textWeight(text: string, q: UnderstoodQuery): number {
  const normal = normalizeText(text);
  const wantsNumber = q.intent.amount || q.intent.target || q.intent.time || q.intent.past;
  // A slot is held when any of its forms is (a term by any of its spellings).
  // English words by their stem (villages finds village; balcony, balconies).
  const stem = (f: string) => (/^[a-z]{5,}$/u.test(f) ? f.replace(/(?:ies|es|s|ing|ed|(?<=[^aeiou])y)$/u, '') : f);
  const slotNeedles = q.slots.map((s) => s.forms.map(stem).find((f) => normal.includes(f)) ?? s.forms[0] ?? '');
  let best = 0;
  for (const span of sentences(normal)) best = Math.max(best, sentenceScore(normal.slice(span.start, span.end), slotNeedles, wantsNumber));
  const phrase = q.phrases.some((p) => holdsPhrase(normal, p)) ? 1.25 : 1;
  // Words the budget left unsearched count where the fetched text holds them.
  const unsearched = q.unsearched.length ? q.unsearched.filter((w) => normal.includes(stem(w))).length / q.unsearched.length : 0;
  return (0.7 + 0.4 * Math.min(best, 1.5)) * phrase * (1 + 0.25 * unsearched);
}

/** The opening of a lesson, the guide or a topic names what its sections hold: a section that holds it too comes first. */
const OPENING = 0.85;

/** The candidates in their new order (stable for equal weights). */
export function rerank<T extends Candidate>(items: readonly T[], q: UnderstoodQuery): T[] {
  return items
    .map((item, i) => ({ item, i, w: item.score * textWeight(item.text, q) * (item.kind && EXPLAINERS.has(item.kind) && !item.url.includes('#') ? OPENING : 1) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.item);
}
