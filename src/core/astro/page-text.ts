import { getEntry, render } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';

/** The long passages of a page in a language (src/content/pages/<locale>/<name>.mdx), ready to render. */
export async function pageText(name: string, locale: Locale) {
  const entry = await getEntry('pages', `${locale}/${name}`);
  if (!entry) throw new Error(`src/content/pages/${locale}/${name}.mdx: missing`);
  return (await render(entry)).Content;
}
