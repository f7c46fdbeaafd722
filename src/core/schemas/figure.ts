import { z } from 'zod';
import { bilingual } from './bilingual.ts';

/** A figure the plan states in its text, charted on the figures page (src/content/figures/). */
export const figureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: bilingual,
  /** One plain-language sentence saying what the figure shows. */
  summary: bilingual,
  /** One unit for the whole figure: a chart never mixes units. */
  unit: bilingual,
  categories: z.array(bilingual).min(1),
  /** Values per category; null where the plan states none. */
  series: z.array(z.strictObject({ name: bilingual, values: z.array(z.number().nullable()) })).min(1),
  /** Where the numbers come from: verbatim quotes of plan paragraphs. */
  sources: z.array(z.strictObject({ node: z.string(), quote: z.string().min(2) })).min(1),
  /** A total every series must add up to: stated by the plan (then it must be quoted), or arithmetic (parts of 100). */
  total: z.strictObject({ value: z.number(), stated: z.boolean().default(true) }).optional(),
  /** False for a single figure shown as a number rather than a chart. */
  chart: z.boolean().default(true),
});
export type Figure = z.infer<typeof figureSchema>;
