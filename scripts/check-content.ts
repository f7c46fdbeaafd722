/**
 * Checks everything the site is made from, without building it: the plan (parsed, lossless),
 * the translation (complete, current, numbers kept, official terms), and every data file
 * against its schema and against the plan and each other. Prints each problem as
 * `file:line: problem`; exits 1 if there is any.
 *   npm run check:content            (or: node scripts/check-content.ts [text to filter by])
 */
import { checkContent } from '../src/core/assemble.ts';
import { ContentError } from '../src/core/content-error.ts';
import { readSources } from '../src/core/read-sources.ts';

const only = process.argv[2];
let problems: readonly string[];
try {
  problems = checkContent(readSources()).problems;
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  problems = e.problems;
}
const shown = only ? problems.filter((p) => p.includes(only)) : problems;
for (const p of shown) console.log(p);
console.log(`${shown.length} problem(s)${only ? ` matching “${only}”` : ''}`);
process.exit(shown.length ? 1 : 0);
