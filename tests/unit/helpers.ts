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

import { assembleContent } from '../../src/core/assemble.ts';
import { readSources } from '../../src/core/read-sources.ts';
import type { ContentSources } from '../../src/core/sources.ts';
import type { PlanLabels } from '../../src/core/translation/localize-plan.ts';
import { translator } from '../../src/i18n/text/index.ts';
import { chineseNumeral } from '../../src/parser/chinese-numerals.ts';

/** Everything the site is made from, read from disk as the build reads it. */
export const sources: ContentSources = readSources();
/** The assembled content (throws, listing every problem, if the sources disagree). */
export const content = assembleContent(sources);

/** The English labels of chapters, sections and boxes, as the content core gives them. */
const { t } = translator('en');
export const enLabels: PlanLabels = {
  chapter: (number) => t('plan.chapterLabel', { number, numeral: chineseNumeral(number) }),
  section: (number) => t('plan.sectionLabel', { number, numeral: chineseNumeral(number) }),
  box: (number) => t('plan.boxLabel', { number }),
};

/** The sources with one collection replaced (for tests that show a check catches bad data). */
export const withSources = (change: Partial<ContentSources>): ContentSources => ({ ...sources, ...change });
