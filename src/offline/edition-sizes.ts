import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../i18n/text/index.ts';
import { localeOfPage } from './bundles.ts';
import { pageOfFile } from './caches.ts';
import { EDITION_SIZE } from './editions.ts';
import { megabytes } from './save-plan.ts';

/** Writes each edition's size into the pages that list the editions, in the page's language. */
export function fillEditionSizes(dist: string, pages: readonly string[]): number {
  let filled = 0;
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes('data-edition-size=')) continue;
    const { t } = translator(localeOfPage(pageOfFile(file)).locale);
    const out = html.replace(EDITION_SIZE, (_, open: string, edition: string, close: string) => {
      const size = t('editions.size', { size: t('offline.megabytes', { mb: megabytes(statSync(join(dist, edition)).size) }) });
      return `${open}${size}${close}`;
    });
    if (out !== html) {
      writeFileSync(join(dist, file), out);
      filled++;
    }
  }
  return filled;
}
