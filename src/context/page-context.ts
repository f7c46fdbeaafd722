import type { Content } from '../core/assemble.ts';
import { LOCALES, LOCALE_IDS, SOURCE_LOCALE, pick, type Bilingual, type Locale } from '../i18n/locales.ts';
import { localizedPath, routeOf } from '../i18n/paths.ts';
import { translator, type StringKey, type Translator } from '../i18n/text/index.ts';
import { citation } from '../render/cite.ts';
import { BASE } from './base.ts';
import { ancestorRoutes, SITE_MAP } from './site-map.ts';

export interface Crumb {
  href: string;
  label: string;
}

/**
 * What every page and component needs to know about the page being rendered, in one place:
 * its language and text, base-aware paths, links into the plan, breadcrumbs and the content.
 * The middleware puts it in `Astro.locals.page`; nothing else reads the base path or the URL.
 */
export interface PageContext extends Translator {
  locale: Locale;
  /** BCP 47 language of the page (`zh-CN`, `en`), for `lang` attributes and number formats. */
  lang: string;
  /** True on pages in the plan's own language (no translation notice). */
  isSource: boolean;
  /** The page's route inside its language, e.g. `plan/ch04/`. */
  route: string;
  content: Content;
  /** A field's version in this language. */
  pick: <T>(value: Bilingual<T>) => T;
  /** The path of a route in this language (or another), with the deployment base. */
  path: (route?: string, locale?: Locale) => string;
  /** The path of a file that is the same in every language (`data/plan.json`, `favicon.svg`). */
  file: (path: string) => string;
  /** An absolute URL for a site path (canonical links, citations). */
  absoluteUrl: (path: string) => string;
  /** The link to a plan node's anchor in this language. */
  nodeHref: (id: string) => string;
  /** Where a node stands, in words (第四章第一节 / Chapter 4, Section 1). */
  where: (id: string) => string;
  /** A number formatted for this language. */
  number: (n: number) => string;
  /** A day of the year in words (4月22日, 22 April). */
  date: (month: number, day: number) => string;
  /** A ready-to-paste citation of the plan, or of a place in it, with a link. */
  cite: (where: string, url: string) => string;
  /** The other published languages, each with this page's path in it. */
  alternates: readonly { locale: Locale; lang: string; label: string; href: string }[];
  /** Breadcrumbs to this page: its ancestors, outermost first (home included). */
  crumbs: (labels?: Readonly<Record<string, string>>) => Crumb[];
  /** The breadcrumb label of a fixed page, if the site map has one. */
  crumbLabel: () => string | undefined;
}

export function createPageContext(url: URL, site: URL | undefined, content: Content): PageContext {
  const { locale, route } = routeOf(BASE, url.pathname);
  const text = translator(locale);
  const origin = site ?? new URL(url.origin);
  const path = (r = '', l: Locale = locale) => localizedPath(BASE, l, r);
  const nodeHref = (id: string) => path(content.nodes.route(id));
  return {
    ...text,
    locale,
    lang: LOCALES[locale].lang,
    isSource: locale === SOURCE_LOCALE,
    route,
    content,
    pick: (value) => pick(locale, value),
    path,
    file: (p) => localizedPath(BASE, SOURCE_LOCALE, p),
    absoluteUrl: (p) => new URL(p, origin).href,
    nodeHref,
    where: (id) => content.nodes.where(id, locale),
    number: (n) => n.toLocaleString(LOCALES[locale].intl),
    date: (month, day) => new Date(Date.UTC(2000, month - 1, day)).toLocaleDateString(LOCALES[locale].intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    cite: (where, link) => citation(text, content.views[locale].titleBlock, where, link),
    alternates: LOCALE_IDS.map((l) => ({ locale: l, lang: LOCALES[l].lang, label: LOCALES[l].label, href: path(route, l) })),
    crumbs(labels = {}) {
      return ancestorRoutes(route).map((r) => {
        const key: StringKey | undefined = r === '' ? 'nav.home' : SITE_MAP[r]?.label;
        const label = labels[r] ?? (key ? text.t(key) : undefined);
        if (label === undefined) throw new Error(`breadcrumbs of ${route}: no label for ${r}`);
        return { href: path(r), label };
      });
    },
    crumbLabel: () => {
      const key = SITE_MAP[route]?.label;
      return key ? text.t(key) : undefined;
    },
  };
}
