import { globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { assembleContent } from '../core/assemble.ts';
import { readSources } from '../core/read-sources.ts';
import { LOCALES, LOCALE_IDS, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { pageSections } from './page-sections.ts';
import { searchRecords, type SectionedPage } from './search-records.ts';

/** The language of a built file, from its path (`en/learn/noise/index.html` → en). */
function localeOfFile(file: string): { locale: Locale; route: string } {
  const found = LOCALE_IDS.find((l) => LOCALES[l].prefix && file.startsWith(`${LOCALES[l].prefix}/`));
  const locale = found ?? SOURCE_LOCALE;
  const rest = found ? file.slice(LOCALES[locale].prefix.length + 1) : file;
  return { locale, route: rest.replace(/index\.html$/u, '') };
}

/**
 * Builds the Pagefind index of a built site: records from the assembled content (plan
 * paragraphs, box items, table rows, headings, indicators, glossary entries, commitments) plus
 * the sections of the long-form pages (lessons, report guide: the pages marked
 * `data-pagefind-body`), in every language. Returns the number of records.
 */
export async function buildSearchIndex(dist: string, base: string, root: string): Promise<{ records: number; pages: number }> {
  const content = assembleContent(readSources(root));
  const longForm = '{learn,report,brief,topics}/**/index.html';
  const pages: SectionedPage[] = globSync(longForm, { cwd: dist })
    .concat(LOCALE_IDS.filter((l) => LOCALES[l].prefix).flatMap((l) => globSync(`${LOCALES[l].prefix}/${longForm}`, { cwd: dist })))
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'))
    .map(({ file, html }) => {
      const { locale, route } = localeOfFile(file);
      const kind = route.startsWith('report/') ? 'guide' : route.startsWith('brief/') ? 'brief' : route.startsWith('topics/') ? 'topic' : 'learn';
      return { locale, route, kind, page: pageSections(html, join(dist, file)) } as const;
    });
  const records = searchRecords(content, pages, base.replace(/\/?$/u, '/'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const res = await index.addCustomRecord(r);
    if (res.errors.length) throw new Error(`Pagefind: ${r.url}: ${res.errors.join('; ')}`);
  }
  // A fresh folder: files of an earlier index would linger under their old hashes.
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { records: records.length, pages: pages.length };
}
