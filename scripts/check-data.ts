/**
 * Validates the commitment and project files against their schemas and the plan text.
 *   node scripts/check-data.ts
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkSourced } from '../src/core/check-sourced.ts';
import { commitmentSchema, projectSchema } from '../src/core/schemas/commitment.ts';
import { quotableTexts } from '../src/core/source-text.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';

const texts = quotableTexts(readPlanFromDisk());
let problems: string[] = [];
for (const [file, schema, numbers] of [
  ['src/content/commitments/commitments.yaml', commitmentSchema, (r: { targets: { value: number }[] }) => r.targets.map((t) => t.value)],
  ['src/content/projects/projects.yaml', projectSchema, (r: { quantities: { value: number }[] }) => r.quantities.map((q) => q.value)],
] as const) {
  let data: unknown[];
  try {
    data = parse(readFileSync(file, 'utf8')) as unknown[];
  } catch (e) {
    console.log(`${file}: ${(e as Error).message}`);
    continue;
  }
  const records = data.flatMap((raw, i) => {
    const r = schema.safeParse(raw);
    if (!r.success) {
      problems.push(`${file} [${i}] ${(raw as { id?: string }).id ?? ''}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return [];
    }
    return [r.data];
  });
  problems = problems.concat(checkSourced(records.map((r) => ({ ...r, numbers: numbers(r as never) })), texts).map((p) => `${file}: ${p}`));
  console.log(`${file}: ${records.length} valid records`);
}
for (const p of problems) console.log(p);
console.log(`${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
