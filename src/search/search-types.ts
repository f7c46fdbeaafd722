import type { AnswerCard } from './cards.ts';

/** The kinds of search record, in the order the type filter lists them; their names are interface text (`search.type.<kind>`). */
export const SEARCH_TYPES = ['plan', 'indicator', 'commitment', 'term', 'place', 'brief', 'topic', 'learn', 'guide'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Results are listed in two groups: the plan itself (text, indicators, commitments), its glossary
 * and its places first, then the texts that explain it (the brief, topics, lessons, report guide).
 */
export const RESULT_GROUPS: readonly (readonly SearchType[])[] = [
  ['term', 'place', 'plan', 'indicator', 'commitment'],
  ['brief', 'topic', 'learn', 'guide'],
];

/**
 * The filter whose one value holds what a result shows (JSON: title, breadcrumb, answer card).
 * Pagefind indexes every meta value as words (a Chinese title as one long word); filter values
 * are stored with the record but not indexed, and a filter's file is fetched only by a search
 * that filters by it, which no search does for this one.
 */
export const SHOW_FILTER = 's';

export interface ShownRecord {
  title: string;
  crumb: string;
  card?: AnswerCard;
}
