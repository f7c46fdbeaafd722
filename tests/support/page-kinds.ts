/**
 * One page of every kind the site has, in each language. Every page kind added to the site
 * must be listed here: the browser gates (accessibility, errors, third parties, keyboard,
 * no-JS, print, narrow screens) run over this list.
 */
export interface PageKind {
  kind: string;
  /** Path under the base, without a leading slash. */
  path: string;
  lang: 'zh-CN' | 'en';
}

const both = (kind: string, path: string): PageKind[] => [
  { kind, path, lang: 'zh-CN' },
  { kind, path: `en/${path}`, lang: 'en' },
];

export const PAGE_KINDS: PageKind[] = [
  ...both('home', ''),
  ...both('contents', 'plan/'),
  ...both('preface', 'plan/preface/'),
  ...both('chapter (tables)', 'plan/ch01/'),
  ...both('chapter (longest)', 'plan/ch04/'),
  ...both('closing', 'plan/closing/'),
  ...both('side-by-side', 'plan/ch02/bilingual/'),
  ...both('translation note', 'translation/'),
  ...both('indicators', 'indicators/'),
  ...both('13th-period scorecard', 'indicators/2016-2020/'),
  ...both('figures', 'indicators/figures/'),
  ...both('data', 'data/'),
  ...both('commitments', 'commitments/'),
  ...both('projects', 'projects/'),
  ...both('search', 'search/?q=河长制'),
  ...both('report guide', 'report/'),
  ...both('lessons', 'learn/'),
  ...both('lesson', 'learn/air/'),
  ...both('glossary', 'learn/glossary/'),
  ...both('eco calendar', 'learn/calendar/'),
  ...both('for teachers', 'learn/teachers/'),
  ...both('report composer', 'report/compose/'),
  { kind: '404', path: 'no-such-page/', lang: 'zh-CN' },
];

/** Pages Lighthouse scores in `npm run bench` (the budget names home, the longest chapter, indicators and search). */
export const LIGHTHOUSE_PAGES: PageKind[] = [
  { kind: 'home', path: '', lang: 'zh-CN' },
  { kind: 'longest chapter', path: 'plan/ch04/', lang: 'zh-CN' },
  { kind: 'indicators', path: 'indicators/', lang: 'zh-CN' },
  { kind: 'search', path: 'search/?q=森林覆盖率', lang: 'zh-CN' },
];
