import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * Astro's content layer renders the site's Markdown: the lessons (MDX with components for plan
 * quotes, facts and terms) and the long passages of some pages. Everything else — the plan and
 * the data files — is read, validated and cross-checked by the content core (src/core/), which
 * also checks the lessons' frontmatter and references.
 */
const lessons = defineCollection({
  // src/content/lessons/zh/air.mdx → id `zh/air`; both languages share the file name.
  loader: glob({ pattern: '*/*.mdx', base: 'src/content/lessons' }),
});

const pages = defineCollection({
  // src/content/pages/en/translation.mdx → id `en/translation`: long passages of a page, per language.
  loader: glob({ pattern: '*/*.mdx', base: 'src/content/pages' }),
});

export const collections = { lessons, pages };
