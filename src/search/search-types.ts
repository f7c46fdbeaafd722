/** The kinds of search record, in the order the type filter lists them; their names are interface text (`search.type.<kind>`). */
export const SEARCH_TYPES = ['plan', 'indicator', 'commitment', 'term', 'learn', 'guide'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Results are listed in two groups: the plan itself (text, indicators, commitments) and its
 * glossary first, then the lessons and the report guide, which explain it.
 */
export const RESULT_GROUPS: readonly (readonly SearchType[])[] = [
  ['term', 'plan', 'indicator', 'commitment'],
  ['learn', 'guide'],
];
