/**
 * Prints the plan's quotable nodes, one per line: id, Chinese text and (with --en) English.
 * For writers and reviewers who need the text with its ids at hand.
 *   node scripts/plan-text.ts [--en] [idPrefix …]     e.g. node scripts/plan-text.ts --en ch04-s05 box-4
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { TranslationFile } from '../src/core/translation/check-translations.ts';
import { localizePlan } from '../src/core/translation/localize-plan.ts';
import { nodeTexts } from '../src/core/nodes/node-texts.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';

const args = process.argv.slice(2);
const withEn = args.includes('--en');
const prefixes = args.filter((a) => !a.startsWith('--'));
const plan = readPlanFromDisk();
const zh = nodeTexts(plan);
let en = new Map<string, string>();
if (withEn) {
  const dir = 'src/content/translations/en';
  const files = new Map<string, TranslationFile>(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/u, ''), parse(readFileSync(`${dir}/${f}`, 'utf8')) as TranslationFile]));
  en = nodeTexts(localizePlan(plan, files, dir));
}
for (const [id, text] of zh) {
  if (prefixes.length && !prefixes.some((p) => id === p || id.startsWith(`${p}-`))) continue;
  console.log(`${id}\t${text}${withEn ? `\n${' '.repeat(id.length)}\t${en.get(id) ?? ''}` : ''}`);
}
