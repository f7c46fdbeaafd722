import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Chapter, Closing, Endnote, Preface, TitleBlock } from './parser/types.ts';
import { planLoader } from './core/astro/plan-loader.ts';
import { yamlRecords } from './core/astro/yaml-loader.ts';
import type { z as zod } from 'zod';
import { glossaryTermSchema } from './core/schemas/glossary.ts';
import { editorialNoteSchema } from './core/editorial.ts';
import { indicatorMetaSchema } from './core/schemas/indicator.ts';
import { figureSchema } from './core/schemas/figure.ts';
import { commitmentSchema, projectSchema } from './core/schemas/commitment.ts';
import { reportGuideSchema } from './core/schemas/report-guide.ts';
import { lessonSchema } from './core/schemas/lesson.ts';
import { calendarDaySchema } from './core/schemas/calendar.ts';

/** A plan node as produced by the parser (its shape is checked by the parser's own tests). */
const node = <T extends { kind: string; id: string }>(kind: T['kind']) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && (v as T).kind === kind, `expected a ${kind} node`);

/** A collection read from a YAML list of records, each validated by `schema` (file:line on error). */
const yamlCollection = <S extends zod.ZodType<{ id: string }>>(path: string, schema: S) =>
  defineCollection({ loader: yamlRecords(path, schema), schema });

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

const glossary = yamlCollection('src/content/glossary/terms.yaml', glossaryTermSchema);

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

const editorial = yamlCollection('src/content/editorial/notes.yaml', editorialNoteSchema);

const indicatorMeta = yamlCollection('src/content/indicators/indicators.yaml', indicatorMetaSchema);

const figures = yamlCollection('src/content/figures/figures.yaml', figureSchema);

const commitments = yamlCollection('src/content/commitments/commitments.yaml', commitmentSchema);

const projects = yamlCollection('src/content/projects/projects.yaml', projectSchema);

const reportGuide = defineCollection({
  // One record: the whole guide (src/content/report/guide.yaml).
  loader: yamlRecords('src/content/report/guide.yaml', reportGuideSchema, 'guide'),
  schema: reportGuideSchema.extend({ id: z.literal('guide') }),
});

const lessons = defineCollection({
  // src/content/lessons/zh/air.mdx → id `zh/air`; both languages share the file name.
  loader: glob({ pattern: '*/*.mdx', base: 'src/content/lessons' }),
  schema: lessonSchema,
});

const calendar = yamlCollection('src/content/calendar/days.yaml', calendarDaySchema);

export const collections = { plan, glossary, translations, editorial, indicatorMeta, figures, commitments, projects, reportGuide, lessons, calendar };
