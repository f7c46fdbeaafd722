/**
 * Prints the plan's nodes that have a text, one per line: id, Chinese and (with --en) English.
 * For writers and reviewers who need the text with its ids at hand. Works even when the data
 * files have problems (it reads only the seed, the tables and the translation).
 *   node scripts/plan-text.ts [--en] [idPrefix …]     e.g. node scripts/plan-text.ts --en ch04-s05 box-4
 */
import { readFileSync, readdirSync } from 'node:fs';
import { buildNodeIndex } from '../src/core/nodes/node-index.ts';
import { localizePlan } from '../src/core/translation/localize-plan.ts';
import { translationFileSchema } from '../src/core/translation/check-translations.ts';
import { translator } from '../src/i18n/text/index.ts';
import { chineseNumeral } from '../src/parser/chinese-numerals.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';
import { readYamlDocument } from '../src/parser/yaml-input.ts';

const args = process.argv.slice(2);
const withEn = args.includes('--en');
const prefixes = args.filter((a) => !a.startsWith('--'));
const plan = readPlanFromDisk();
const dir = 'src/content/translations/en';
const files = new Map(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/u, ''), readYamlDocument(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8'), translationFileSchema)]));
const { t } = translator('en');
const en = localizePlan(plan, files, dir, {
  chapter: (number) => t('plan.chapterLabel', { number, numeral: chineseNumeral(number) }),
  section: (number) => t('plan.sectionLabel', { number, numeral: chineseNumeral(number) }),
  box: (number) => t('plan.boxLabel', { number }),
});
const nodes = buildNodeIndex({ zh: plan, en });
for (const id of nodes.textIds()) {
  if (prefixes.length && !prefixes.some((p) => id === p || id.startsWith(`${p}-`))) continue;
  console.log(`${id}\t${nodes.text(id, 'zh')}${withEn ? `\n${' '.repeat(id.length)}\t${nodes.text(id, 'en') ?? ''}` : ''}`);
}
