import type { AnswerCard } from './cards.ts';

/** The kinds of search record, in the order the type filter lists them; their names are interface text (`search.type.<kind>`). */
export const SEARCH_TYPES = ['plan', 'indicator', 'commitment', 'term', 'place', 'brief', 'topic', 'learn', 'guide'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

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
