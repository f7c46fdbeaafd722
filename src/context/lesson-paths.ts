import { getContent } from '../core/astro/content.ts';
import type { PageContext } from './page-context.ts';
import { itemPaths } from './static-paths.ts';

/** `getStaticPaths` for the pages each lesson has (the lesson, its worksheet, its teacher notes). */
export const lessonPaths = () => itemPaths('slug', (l) => getContent().lessons[l].map((x) => x.slug));

/** The lesson a lesson page shows, in the page's language, with its teacher notes. */
export function lessonOf(page: PageContext, slug: string | undefined) {
  const lesson = page.content.lessons[page.locale].find((l) => l.slug === slug);
  const notes = lesson && page.content.teacherNotes.get(lesson.slug)?.[page.locale];
  if (!lesson || !notes) throw new Error(`no lesson or teacher notes "${slug}" (${page.locale})`);
  return { lesson, notes };
}
