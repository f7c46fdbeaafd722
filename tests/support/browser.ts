import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/offline/chromium.ts';
import { serveNginx } from './nginx-server.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Debian's Chromium, headless, with nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

export interface PageWatch {
  /** Console errors, page errors (uncaught exceptions) and CSP violations. */
  errors: string[];
  /** Requests that failed or answered 4xx/5xx (the 404 page itself aside). */
  failed: string[];
  /** Requests to any host but the test server. */
  thirdParty: string[];
}

/** Opens a page that records errors, failed requests and requests to other hosts. */
export async function watchedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  // Nothing leaves the machine: requests to other hosts are recorded, then aborted.
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], failed: [], thirdParty: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) watch.thirdParty.push(r.url());
  });
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) watch.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.status() === 404 && r.request().resourceType() === 'document')) watch.failed.push(`${r.url()} ${r.status()}`);
  });
  return { page, watch, close: () => context.close() };
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core violations for WCAG 2.2 A/AA and best practices, as `rule: target` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so the page's own policy stays strict.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Serves `root` and opens a browser for the tests of one file; both close after the file.
 * A build is served by nginx with its generated configuration, as production serves it; `node`
 * serves a folder that has none (the broken fixture) with the small Node server.
 */
export function useSiteInBrowser(root = 'dist', serverKind: 'nginx' | 'node' = 'nginx'): { server: () => StaticServer; browser: () => Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = serverKind === 'nginx' ? await serveNginx(root) : await serveStatic(root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}
