/**
 * Prints translation problems (missing, stale, numbers, glossary, leads, Chinese left).
 *   node scripts/check-translations.ts [fileId …]   e.g. ch04 front
 * Exits 1 when a problem is found in the files named (all files when none is named).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkTranslations, type GlossaryTerm, type TranslationFile } from '../src/core/translation/check-translations.ts';
import { translationFiles, type TranslationFileId } from '../src/core/translation/translation-units.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';

const plan = readPlanFromDisk();
const only = process.argv.slice(2);
const files = new Map<TranslationFileId, TranslationFile | undefined>();
for (const id of translationFiles(plan).keys()) {
  const path = `src/content/translations/en/${id}.yaml`;
  files.set(id, existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined);
}
const glossary = parse(readFileSync('src/content/glossary/terms.yaml', 'utf8')) as GlossaryTerm[];
const problems = checkTranslations(plan, files, glossary).filter((p) => only.length === 0 || only.includes(p.file));
for (const p of problems) console.log(`${p.file}.yaml ${p.key} [${p.kind}] ${p.message}`);
console.log(`${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
