/**
 * Writes or refreshes the English translation files in src/content/translations/en/:
 * every unit gets an entry with the hash of its Chinese text and the Chinese as a comment
 * for the translator and the reviewer. Existing English is kept; a changed Chinese text
 * keeps its old English but gets the new hash only when run with --rehash.
 *
 *   node scripts/translation-skeleton.ts [--rehash]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { translationFiles, zhHash } from '../src/core/translation/translation-units.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';

const dir = 'src/content/translations/en';
mkdirSync(dir, { recursive: true });
const plan = readPlanFromDisk();
const q = (s: string) => JSON.stringify(s);

for (const [fileId, { units, cells }] of translationFiles(plan)) {
  const path = `${dir}/${fileId}.yaml`;
  const old = existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {};
  const out: string[] = [
    `# English translation of ${fileId}. Keys are plan node ids; \`zh\` is the hash of the Chinese`,
    '# text translated (shown in the comment above each entry). See README: "Translations".',
    'units:',
  ];
  for (const u of units) {
    const prev = old.units?.[u.key];
    out.push(`  # ${u.zh.replace(/\n/g, ' ')}`);
    out.push(`  ${q(u.key)}:`);
    out.push(`    zh: ${q(prev?.zh && !process.argv.includes('--rehash') ? prev.zh : zhHash(u.zh))}`);
    out.push(`    en: ${q(prev?.en ?? '')}`);
  }
  if (cells.length > 0) {
    out.push('# Table cells, keyed by their Chinese text as printed.');
    out.push('cells:');
    for (const c of cells) out.push(`  ${q(c)}: ${q(old.cells?.[c] ?? '')}`);
  }
  writeFileSync(path, out.join('\n') + '\n');
  console.log(`${path}: ${units.length} units, ${cells.length} cells`);
}
