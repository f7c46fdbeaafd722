import { readPlanFiles } from '../../src/parser/read-plan-files.ts';
import { loadPlan, type PlanFiles } from '../../src/parser/index.ts';

export const files = readPlanFiles();
export const seedText = files.seed.text;
export const seedLines = seedText.split('\n');
export const plan = loadPlan(files);

/** The plan files with the seed text changed by `edit`. */
export const withSeed = (edit: (text: string) => string): PlanFiles => ({ ...files, seed: { ...files.seed, text: edit(seedText) } });

/** The plan files with table file `box-N.yaml` changed by `edit`. */
export const withTable = (box: number, edit: (text: string) => string): PlanFiles => ({
  ...files,
  tables: files.tables.map((t) => (t.file.endsWith(`box-${box}.yaml`) ? { ...t, text: edit(t.text) } : t)),
});

/** Replace the one line of the seed that equals `line` (after trimming); fails if not exactly one. */
export function replaceLine(text: string, line: string, by: string | null): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l.trim() === line ? [i] : []));
  if (hits.length !== 1) throw new Error(`expected one line "${line}", found ${hits.length}`);
  if (by === null) lines.splice(hits[0]!, 1);
  else lines[hits[0]!] = by;
  return lines.join('\n');
}
