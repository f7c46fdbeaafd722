import { getContent } from '../core/astro/content.ts';
import { langParam, LOCALE_IDS, type Locale } from '../i18n/locales.ts';

/** `getStaticPaths` for pages that exist once per language. */
export const localePaths = () => LOCALE_IDS.map((l) => ({ params: { lang: langParam(l) } }));

/** `getStaticPaths` for pages that exist once per language and item (a plan part, a lesson, a topic …). */
export function itemPaths(param: string, ids: (locale: Locale) => readonly string[]) {
  return LOCALE_IDS.flatMap((l) => ids(l).map((id) => ({ params: { lang: langParam(l), [param]: id } })));
}

/** Plan parts: preface, ch01 … ch10, closing. */
export const partPaths = () => itemPaths('part', (l) => getContent().views[l].parts.map((p) => p.id));
