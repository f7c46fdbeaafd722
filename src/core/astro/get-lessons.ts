import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';

/** Lessons in a language, in their order; each slug exists in both languages (the build fails if not). */
export async function getLessons(locale: Locale): Promise<(CollectionEntry<'lessons'> & { slug: string })[]> {
  const all = await getCollection('lessons');
  const slugs = (l: string) => new Set(all.filter((e) => e.id.startsWith(`${l}/`)).map((e) => e.id.slice(l.length + 1)));
  const zh = slugs('zh');
  const en = slugs('en');
  const lonely = [...zh].filter((s) => !en.has(s)).concat([...en].filter((s) => !zh.has(s)));
  if (lonely.length) throw new Error(`src/content/lessons: no twin in the other language for ${lonely.join(', ')}`);
  return all
    .filter((e) => e.id.startsWith(`${locale}/`))
    .map((e) => Object.assign(e, { slug: e.id.slice(locale.length + 1) }))
    .sort((a, b) => a.data.order - b.data.order);
}
