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
  ...both('worksheet', 'learn/air/worksheet/'),
  ...both('teacher notes', 'learn/air/teacher/'),
  ...both('report composer', 'report/compose/'),
  ...both('brief', 'brief/'),
  ...both('topics', 'topics/'),
  ...both('topic', 'topics/water/'),
  ...both('places', 'places/'),
  ...both('place', 'places/yulin-river/'),
  ...both('offline and downloads', 'offline/'),
  ...both('print edition', 'plan/print/'),
  { kind: '404', path: 'no-such-page/', lang: 'zh-CN' },
  { kind: '404', path: 'en/no-such-page/', lang: 'en' },
];

/** Pages Lighthouse scores in `npm run bench`: one page of every kind, in Chinese (and the home page in English). */
export const LIGHTHOUSE_PAGES: PageKind[] = [
  ...PAGE_KINDS.filter((k) => k.lang === 'zh-CN' && k.kind !== '404'),
  { kind: 'home', path: 'en/', lang: 'en' },
];
