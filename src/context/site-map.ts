import type { StringKey } from '../i18n/text/index.ts';

/** A page's place in the site: the label it has in breadcrumbs, and its parent when not the route above it. */
export interface SiteMapEntry {
  label: StringKey;
  parent?: string;
}

/**
 * The site's fixed pages, by route (the path inside a language). Breadcrumbs are derived from this:
 * a page's ancestors are the routes above it (`learn/noise/` → `learn/` → home), or its `parent`.
 */
export const SITE_MAP: Readonly<Record<string, SiteMapEntry>> = {
  'plan/': { label: 'nav.contents' },
  'brief/': { label: 'brief.title' },
  'topics/': { label: 'topics.title' },
  'places/': { label: 'places.title' },
  'indicators/': { label: 'indicators.title' },
  'indicators/2016-2020/': { label: 'scorecard.title' },
  'indicators/figures/': { label: 'figures.title' },
  'commitments/': { label: 'commitments.title' },
  'projects/': { label: 'projects.title', parent: 'commitments/' },
  'learn/': { label: 'nav.learn' },
  'learn/glossary/': { label: 'glossary.title' },
  'learn/calendar/': { label: 'calendar.title' },
  'learn/teachers/': { label: 'learn.teachers' },
  'report/': { label: 'report.title' },
  'report/compose/': { label: 'compose.title' },
  'data/': { label: 'data.title' },
  'search/': { label: 'search.title' },
  'translation/': { label: 'translation.title' },
};

/** The parent route of a route: its `parent`, else the route one level up; home ('') has none. */
export function parentRoute(route: string): string | undefined {
  if (route === '') return undefined;
  const explicit = SITE_MAP[route]?.parent;
  if (explicit !== undefined) return explicit;
  const up = route.replace(/[^/]+\/$/u, '');
  return up === route ? '' : up;
}

/** The routes above a page, outermost first, home included. */
export function ancestorRoutes(route: string): string[] {
  const out: string[] = [];
  for (let r = parentRoute(route); r !== undefined; r = parentRoute(r)) out.unshift(r);
  return out;
}
