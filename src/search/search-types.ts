/** The content types, as the type filter shows them (in this order on the search page). */
export const SEARCH_TYPES = {
  zh: { plan: '规划原文', indicator: '指标', commitment: '承诺', term: '术语', learn: '生态课堂', guide: '举报指南' },
  en: { plan: 'Plan text', indicator: 'Indicator', commitment: 'Commitment', term: 'Glossary', learn: 'Eco-education', guide: 'Report guide' },
} as const;

/**
 * Results are listed in two groups: the plan itself (text, indicators, commitments) and its
 * glossary first, then the lessons and the report guide, which explain it.
 */
export const RESULT_GROUPS = [
  ['term', 'plan', 'indicator', 'commitment'],
  ['learn', 'guide'],
] as const satisfies readonly (readonly (keyof (typeof SEARCH_TYPES)['zh'])[])[];
