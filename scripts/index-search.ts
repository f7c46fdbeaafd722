/**
 * Builds the Pagefind search index from the built site (run after `astro build`):
 * one record per plan paragraph, box item, table row and section heading (so a result
 * lands on the paragraph that matches), per indicator, glossary entry and commitment, and per
 * section of the lessons and the report guide (read from their built HTML), in both languages.
 *   node scripts/index-search.ts        (BASE_PATH as for the build)
 */
import { globSync, readFileSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { pageSections } from '../src/search/page-sections.ts';
import { searchRecords, type SectionedPage } from '../src/search/search-records.ts';

const started = performance.now();
// The built site to index (default dist/), e.g. a sub-path build in another folder.
const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1]! : 'dist';
const base = (process.env.BASE_PATH || '/').replace(/\/?$/u, '/');
const read = (name: string) => JSON.parse(readFileSync(`${dist}/data/${name}.json`, 'utf8'));
// Long-form pages: the lessons, the calendar and the report guide (the pages marked data-pagefind-body).
const pages: SectionedPage[] = globSync('{learn,en/learn,report,en/report}/**/index.html', { cwd: dist })
  .map((file) => ({ file, html: readFileSync(`${dist}/${file}`, 'utf8') }))
  .filter(({ html }) => html.includes('data-pagefind-body'))
  .map(({ file, html }) => ({
    lang: file.startsWith('en/') ? 'en' : 'zh',
    kind: /(^|\/)report\//u.test(file) ? 'guide' : 'learn',
    url: `${base}${file.replace(/index\.html$/u, '')}`,
    page: pageSections(html, `${dist}/${file}`),
  }));
const records = searchRecords({ plan: read('plan'), glossary: read('glossary'), indicators: read('indicators'), commitments: read('commitments'), pages, base });

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
for (const r of records) {
  const res = await index.addCustomRecord(r);
  if (res.errors.length) throw new Error(`Pagefind: ${r.url}: ${res.errors.join('; ')}`);
}
// A fresh folder: files of an earlier index would linger under their old hashes.
rmSync(`${dist}/pagefind`, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${records.length} records (${pages.length} pages in sections) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
