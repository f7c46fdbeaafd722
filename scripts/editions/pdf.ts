import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Where each link target of the contents landed: destination name → page number. */
export type PageMap = ReadonlyMap<string, number>;

/** The named destinations of a PDF (`pdfinfo -dests`): Chromium makes one for each in-page link target. */
export function pdfDestinations(pdfinfoDests: string): PageMap {
  const found = new Map<string, number>();
  for (const m of pdfinfoDests.matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"([^"]+)"\s*$/gmu)) found.set(m[2]!, Number(m[1]));
  return found;
}

function destinations(pdf: Buffer): PageMap {
  const dir = mkdtempSync(join(tmpdir(), 'yubei-pdf-'));
  try {
    writeFileSync(join(dir, 'pass.pdf'), pdf);
    return pdfDestinations(execFileSync('pdfinfo', ['-dests', join(dir, 'pass.pdf')], { encoding: 'utf8' }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('PDF editions: pdfinfo is missing; install Debian’s poppler-utils (see docs/offline-and-editions.md)');
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The running head's type: the site's sans-serif (the page context inherits the root's custom properties). */
const HEAD = 'font-family: var(--font-sans); font-size: 8pt; color: #555;';

const cssString = (s: string) => `"${s.replace(/["\\]/gu, '\\$&').replace(/\n/gu, ' ')}"`;

/**
 * Readies the print page for the PDF: links that leave the page point at the published site
 * (`site`), and each part gets a running head through a named page whose top margin box holds
 * the part's heading (Chromium's header and footer templates are the same on every page; CSS
 * margin boxes on named pages can differ per part). The page numbers at the foot come from the
 * print stylesheet (src/components/print/print.css).
 */
async function prepare(page: Page, site: string, title: string): Promise<void> {
  const parts = await page.evaluate(([origin, bookTitle]) => {
    // The PDF's title is the plan's, not the web page's.
    document.title = bookTitle;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      if (!href.startsWith('#')) a.href = new URL(href, origin).href;
    }
    const title = document.querySelector<HTMLElement>('[data-running-title]')?.dataset.runningTitle ?? '';
    return [...document.querySelectorAll<HTMLElement>('[data-running-head]')].map((el, i) => {
      el.style.setProperty('page', `part-${i}`);
      return { name: `part-${i}`, head: el.dataset.runningHead ?? '', title };
    });
  }, [site, title] as const);
  const css = parts
    .map((p) => `@page ${p.name} { @top-left { content: ${cssString(p.head)}; ${HEAD} } @top-right { content: ${cssString(p.title)}; ${HEAD} } }`)
    .join('\n');
  await page.addStyleTag({ content: css });
}

async function print(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
}

/**
 * Prints the print page to PDF with the page numbers in its contents. Chromium cannot compute
 * them (no `target-counter()`), so it prints once, reads the page of each contents entry's target
 * from the PDF's named destinations, writes the numbers into the contents and prints again. The
 * numbers take the place the contents reserved for them, so nothing moves; if a target did move,
 * it prints once more (at most four passes).
 */
export async function renderPdf(browser: Browser, url: string, site: string, title: string): Promise<{ pdf: Buffer; pages: PageMap; passes: number }> {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await prepare(page, site, title);
    let pdf = await print(page);
    let pages = destinations(pdf);
    for (let pass = 2; pass <= 4; pass++) {
      await page.evaluate((entries) => {
        const map = new Map(entries);
        for (const el of document.querySelectorAll<HTMLElement>('[data-page-of]')) el.textContent = String(map.get(el.dataset.pageOf!) ?? '');
      }, [...pages]);
      pdf = await print(page);
      const after = destinations(pdf);
      if ([...after].every(([k, v]) => pages.get(k) === v)) return { pdf, pages: after, passes: pass };
      pages = after;
    }
    throw new Error(`${url}: page numbers did not settle after four passes`);
  } finally {
    await context.close();
  }
}
