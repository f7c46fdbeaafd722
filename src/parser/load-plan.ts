import { checkLossless } from './check-lossless.ts';
import { InputError } from './errors.ts';
import { parsePlan } from './parse-plan.ts';
import { readTableSource, type TableSource } from './table-source.ts';
import type { Plan } from './types.ts';

export interface PlanFiles {
  seed: { file: string; text: string };
  /** Table files (`box-N.yaml`) with their text. */
  tables: { file: string; text: string }[];
}

/**
 * Parses the seed with its table files and proves the result lossless. This is the one
 * entry point the site and the tests use; it throws InputError on any problem.
 */
export function loadPlan({ seed, tables }: PlanFiles): Plan {
  const sources = new Map<number, TableSource>();
  for (const t of tables) {
    const source = readTableSource(t.file, t.text);
    if (sources.has(source.data.box)) throw new InputError(t.file, undefined, `a second table file for box ${source.data.box}`);
    sources.set(source.data.box, source);
  }
  const plan = parsePlan(seed.text, { file: seed.file, tables: sources });
  const problems = checkLossless(plan, seed.text);
  if (problems.length > 0) {
    throw new InputError(seed.file, undefined, `the plan tree is not lossless:\n  ${problems.join('\n  ')}`);
  }
  return plan;
}
