/**
 * The downloadable editions of the whole plan, made from the built site by the `editions()`
 * integration (src/integrations/editions.ts) when `npm run build` finishes:
 *
 *   dist/downloads/yubei-eco-plan-2021-2025.<locale>.pdf    print page → headless Chromium
 *   dist/downloads/yubei-eco-plan-2021-2025.<locale>.epub   print page → @lesjoursfr/html-to-epub
 *
 * then writes their sizes into the pages that list them (the offline files, precompression and
 * the nginx configuration come after, in that order). Needs Debian's chromium and poppler-utils
 * (pdfinfo). Same input, same bytes: see docs/offline-and-editions.md.
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { LOCALES, LOCALE_IDS, type Locale } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/i18n/paths.ts';
import { translator } from '../../src/i18n/text/index.ts';
import { editionFile } from '../../src/offline/editions.ts';
import { editionDate, pdfDate } from './edition-date.ts';
import { renderEpub } from './epub.ts';
import { fixPdf } from './pdf-fix.ts';
import { renderPdf } from './pdf.ts';
import { fillEditionSizes } from '../../src/offline/edition-sizes.ts';

/** The plan's title and period from the print page's cover, with a space where the title ends in a Latin letter. */
export function bookTitle(html: string): string | undefined {
  const m = /<h1 class="print-cover__title"[^>]*>([^<]*)<span class="print-cover__period"[^>]*>([^<]*)<\/span>/u.exec(html);
  return m ? `${m[1]!.trim()}${/[A-Za-z]$/u.test(m[1]!.trim()) ? ' ' : ''}${m[2]!.trim()}` : undefined;
}

export interface EditionReport {
  locale: Locale;
  format: 'pdf' | 'epub';
  file: string;
  bytes: number;
  seconds: number;
  note: string;
}

/** Makes every edition of a built site; returns what it made, with sizes and times. */
export async function buildEditions(root: string, dist: string, base: string, site: string): Promise<EditionReport[]> {
  const date = editionDate(root);
  const made: EditionReport[] = [];
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  try {
    mkdirSync(join(dist, 'downloads'), { recursive: true });
    for (const locale of LOCALE_IDS) {
      const { t } = translator(locale);
      const route = localizedPath(base, locale, 'plan/print/');
      const html = readFileSync(join(dist, route.slice(base.length), 'index.html'), 'utf8');
      const title = bookTitle(html) ?? t('site.name');
      let started = performance.now();
      const { pdf, passes, pages } = await renderPdf(browser, `${server.origin}${route}`, site, title);
      const pdfFile = editionFile(locale, 'pdf');
      writeFileSync(join(dist, pdfFile), fixPdf(pdf, pdfDate(date)));
      made.push({ locale, format: 'pdf', file: pdfFile, bytes: pdf.length, seconds: (performance.now() - started) / 1000, note: `${passes} passes, last part on page ${Math.max(...pages.values())}` });

      started = performance.now();
      const issuer = /<p class="print-cover__issuer"[^>]*>([^<]*)<\/p>/u.exec(html)?.[1] ?? '';
      const epub = await renderEpub({
        html,
        site,
        lang: LOCALES[locale].lang,
        title,
        author: issuer,
        publisher: t('site.name'),
        description: t('print.description'),
        contentsTitle: t('print.contents'),
        notesTitle: t('note.heading'),
        date,
      });
      const epubFile = editionFile(locale, 'epub');
      writeFileSync(join(dist, epubFile), epub);
      made.push({ locale, format: 'epub', file: epubFile, bytes: epub.length, seconds: (performance.now() - started) / 1000, note: '' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  fillEditionSizes(dist, globSync('**/*.html', { cwd: dist }));
  return made;
}
