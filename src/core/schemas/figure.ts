import { z } from 'zod';
import { bilingual } from './commitment.ts';
import { numbersIn } from '../source-text.ts';

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

/** Problems: quotes not in their source, numbers (values, total, summary) not in any quote, wrong sums. */
export function checkFigure(f: Figure, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const s of f.sources) {
    const text = texts.get(s.node);
    if (text === undefined) problems.push(`${f.id}: no paragraph ${s.node}`);
    else if (!text.includes(s.quote)) problems.push(`${f.id}: quote not found in ${s.node}: ${s.quote.slice(0, 20)}…`);
  }
  const quoted = new Set(f.sources.flatMap((s) => numbersIn(s.quote)));
  const numbers = [...f.series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...(f.total?.stated ? [f.total.value] : []), ...numbersIn(f.summary.zh)];
  for (const n of numbers) if (!quoted.has(n)) problems.push(`${f.id}: ${n} occurs in no quote`);
  for (const s of f.series) {
    if (s.values.length !== f.categories.length) problems.push(`${f.id}: series ${s.name.en} has ${s.values.length} values for ${f.categories.length} categories`);
    if (f.total) {
      const sum = Math.round(s.values.reduce<number>((a, v) => a + (v ?? 0), 0) * 1000) / 1000;
      if (sum !== f.total.value) problems.push(`${f.id}: series ${s.name.en} adds up to ${sum}, not ${f.total.value}`);
    }
  }
  return problems;
}
