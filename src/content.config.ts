import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Chapter, Closing, Endnote, Preface, TitleBlock } from './lib/plan/types.ts';
import { planLoader } from './loaders/plan-loader.ts';
import { editorialNoteSchema } from './lib/plan/editorial.ts';

/** A plan node as produced by the parser (its shape is checked by the parser's own tests). */
const node = <T extends { kind: string; id: string }>(kind: T['kind']) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && (v as T).kind === kind, `expected a ${kind} node`);

const plan = defineCollection({
  loader: planLoader(),
  schema: z.object({
    /** Reading order of the entry. */
    order: z.number().int(),
    /** The plan node: title block, preface, chapter, closing block or endnote. */
    node: z.union([
      node<TitleBlock>('title'),
      node<Preface>('preface'),
      node<Chapter>('chapter'),
      node<Closing>('closing'),
      node<Endnote>('endnote'),
    ]),
  }),
});

const glossary = defineCollection({
  loader: file('src/content/glossary/terms.yaml'),
  schema: z.object({
    /** Stable id of the term. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The term as the plan writes it. */
    zh: z.string().min(1),
    /** The one English rendering used throughout the English edition. */
    en: z.string().min(1),
  }),
});

const translations = defineCollection({
  // One file per plan part and language: src/content/translations/en/ch04.yaml → id `en/ch04`.
  loader: glob({ pattern: '*/*.yaml', base: 'src/content/translations' }),
  schema: z.object({
    /** Translations keyed by node id (`ch04-s02-p03`, `note-1#term`). */
    units: z.record(
      z.string(),
      z.object({
        /** Hash of the Chinese text translated (see zhHash). */
        zh: z.string().regex(/^[0-9a-f]{8}$/),
        /** The translation. */
        en: z.string(),
      }),
    ),
    /** Table cells keyed by their Chinese text as printed. */
    cells: z.record(z.string(), z.string()).optional(),
  }),
});

const editorial = defineCollection({
  loader: file('src/content/editorial/notes.yaml'),
  schema: editorialNoteSchema,
});

export const collections = { plan, glossary, translations, editorial };
