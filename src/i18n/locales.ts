/**
 * The site's languages, declared once. Chinese is the source and lives at the root; every
 * other language lives under its own path prefix. A language is listed here once its
 * translation is complete: every page, link, hreflang and sitemap entry follows this list.
 * `lang` is the BCP 47 code of the pages, `intl` the locale for dates and numbers, `pagefind`
 * the code under which Pagefind files the language's index, `excerpt` the length of a quoted
 * excerpt in characters (Chinese packs more into each).
 */
export const LOCALES = {
  zh: { lang: 'zh-CN', prefix: '', label: '中文', pagefind: 'zh-cn', intl: 'zh-CN', excerpt: 90 },
  en: { lang: 'en', prefix: 'en', label: 'English', pagefind: 'en', intl: 'en-GB', excerpt: 220 },
} as const;

export type Locale = keyof typeof LOCALES;

/** Every language, the source first. */
export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

/** The plan's own language: its pages need no translation notice. */
export const SOURCE_LOCALE: Locale = 'zh';

/** Text in every language (a field of the data files: `{ zh, en }`). */
export type Bilingual<T = string> = Readonly<Record<Locale, T>>;

/** A language's version of a bilingual field: the one way pages and components choose. */
export const pick = <T>(locale: Locale, value: Bilingual<T>): T => value[locale];

/** The `[...lang]` route parameter for a locale (undefined for the root language). */
export const langParam = (locale: Locale) => LOCALES[locale].prefix || undefined;

/** The locale of a `[...lang]` route parameter. */
export function localeFromParam(param: string | undefined): Locale {
  const found = LOCALE_IDS.find((l) => LOCALES[l].prefix === (param ?? ''));
  if (!found) throw new Error(`unknown language path "${param}"`);
  return found;
}
