/**
 * Builds the Pagefind search index from the built site (run after `astro build`):
 * one record per plan paragraph, box item, table row and section heading (so a result
 * lands on the paragraph that matches), per indicator and per commitment, in both
 * languages; plus the HTML pages marked `data-pagefind-body` (lessons, guide, glossary).
 *   node scripts/index-search.ts        (BASE_PATH as for the build)
 */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { searchRecords } from '../src/lib/search/records.ts';

const started = performance.now();
// The built site to index (default dist/), e.g. a sub-path build in another folder.
const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1]! : 'dist';
const base = (process.env.BASE_PATH || '/').replace(/\/?$/u, '/');
const read = (name: string) => JSON.parse(readFileSync(`${dist}/data/${name}.json`, 'utf8'));
const records = searchRecords({ plan: read('plan'), glossary: read('glossary'), indicators: read('indicators'), commitments: read('commitments'), base });

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
for (const r of records) {
  const res = await index.addCustomRecord(r);
  if (res.errors.length) throw new Error(`Pagefind: ${r.url}: ${res.errors.join('; ')}`);
}
// Long-form pages (lessons, guide, glossary) are indexed from their HTML (only pages marked
// data-pagefind-body count); plan text, indicators and commitments come from the records above.
const html = await index.addDirectory({ path: dist, glob: '{learn,en/learn,report,en/report}/**/*.html' });
if (html.errors.length) throw new Error(`Pagefind: ${html.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${records.length} records + ${html.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
