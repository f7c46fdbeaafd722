/**
 * The site's languages. Chinese is the source and lives at the root; every other language
 * lives under its own path prefix. A language is published once its translation is complete.
 */
export const LOCALES = {
  zh: { lang: 'zh-CN', prefix: '', label: '中文' },
  en: { lang: 'en', prefix: 'en', label: 'English' },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'zh';

/** The `[...lang]` route parameter for a locale (undefined for the root language). */
export const langParam = (locale: Locale) => LOCALES[locale].prefix || undefined;

/** The locale of a `[...lang]` route parameter. */
export function localeFromParam(param: string | undefined): Locale {
  const found = (Object.keys(LOCALES) as Locale[]).find((l) => LOCALES[l].prefix === (param ?? ''));
  if (!found) throw new Error(`unknown language path "${param}"`);
  return found;
}
