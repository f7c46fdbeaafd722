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
