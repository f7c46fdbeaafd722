import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// Offline reading against a copy of the build (the update test changes its worker).
let root = '';
let browser: Browser;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'yubei-offline-'));
  cpSync('dist', root, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const bundleBytes = (locale: string) => (JSON.parse(readFileSync(join(root, `offline/bundle.${locale}.json`), 'utf8')) as { bytes: number }).bytes;
const workerReady = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The page shows its own content (not the offline page standing in for it). */
async function readable(page: Page, url: string, heading: RegExp): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  expect(await page.locator('main h1').first().innerText(), url).toMatch(heading);
  expect((await page.locator('main').innerText()).length, url).toBeGreaterThan(300);
  expect(await page.locator('[data-offline-missing]').count(), url).toBe(0);
}

describe('offline reading', () => {
  it('saves the site from the plan contents, then reads chapters, a lesson, the glossary, the composer and searches offline', async () => {
    const server = await serveStatic(root);
    const { page, watch, close } = await watchedPage(browser, server.origin);
    await page.goto(`${server.origin}/`);
    await workerReady(page);
    await page.goto(`${server.origin}/plan/`);
    const control = page.locator('[data-offline-save]');
    await page.locator('[data-offline-start]').waitFor();
    // The size is shown before saving: the Chinese bundle, then both languages once the box is ticked.
    const mb = (n: number) => (n / 1e6).toFixed(1);
    expect(await page.locator('[data-offline-start]').innerText()).toContain(`${mb(bundleBytes('zh'))} MB`);
    await page.locator('[data-offline-also]').check();
    const both = Number(await control.getAttribute('data-offline-bytes-all'));
    expect(both).toBeGreaterThan(bundleBytes('zh'));
    expect(await page.locator('[data-offline-start]').innerText()).toContain(`${mb(both)} MB`);
    await page.locator('[data-offline-start]').click();
    await page.locator('[data-offline-progress]').waitFor({ state: 'visible' });
    await page.waitForFunction(() => /已保存/u.test(document.querySelector('[data-offline-status]')?.textContent ?? ''), null, { timeout: 120_000 });
    expect(await page.locator('[data-offline-progress]').isHidden()).toBe(true);
    expect(await page.locator('[data-offline-remove]').isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);

    await page.context().setOffline(true);
    await server.close();
    await readable(page, `${server.origin}/plan/ch04/`, /第四章/u);
    await readable(page, `${server.origin}/plan/ch09/`, /第九章/u);
    await readable(page, `${server.origin}/en/plan/ch02/`, /Chapter 2/u);
    await readable(page, `${server.origin}/en/plan/ch07/`, /Chapter 7/u);
    await readable(page, `${server.origin}/learn/air/`, /空气/u);
    await readable(page, `${server.origin}/en/learn/glossary/`, /Glossary/u);
    await readable(page, `${server.origin}/report/compose/`, /举报/u);
    // The composer works offline: it drafts a report from what the reader wrote.
    await page.fill('#c-what', '河边有异味');
    await page.click('form[data-composer] button[type="submit"]');
    expect(await page.inputValue('#c-output')).toContain('河边有异味');
    // Search runs on the saved index.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('河长制')}`);
    await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.search-result').count()).toBeGreaterThan(3);
    // A page neither saved nor visited: the offline page says so, in the page's language.
    await page.goto(`${server.origin}/en/topics/water/`);
    expect(await page.locator('[data-offline-missing]').isVisible()).toBe(true);
    expect(await page.locator('main h1').innerText()).toBe('Read offline and download');
    expect(watch.thirdParty).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  }, 180_000);

  it('announces nothing, and stores nothing, when the first visit’s worker takes over a later page', async () => {
    const server: StaticServer = await serveStatic(root);
    const { page, watch, close } = await watchedPage(browser, server.origin);
    // The worker registered by the first page is still installing when the second page loads.
    await page.goto(`${server.origin}/plan/ch03/`);
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.installing ?? r?.waiting ?? r?.active)));
    await page.goto(`${server.origin}/plan/ch04/`);
    await workerReady(page);
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-update-notice]').innerText()).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
    await server.close();
  }, 60_000);

  it('tells the reader once that a newer build is available', async () => {
    const server: StaticServer = await serveStatic(root);
    const { page, watch, close } = await watchedPage(browser, server.origin);
    await page.goto(`${server.origin}/plan/ch01/`);
    await workerReady(page);
    expect(await page.locator('[data-update-notice]').innerText()).toBe('');
    // A new build: another build id in the worker's precache and in offline/build.json.
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const old = (JSON.parse(readFileSync(join(root, 'offline/build.json'), 'utf8')) as { build: string }).build;
    expect(sw).toContain(old);
    writeFileSync(join(root, 'sw.js'), sw.replaceAll(old, 'f'.repeat(old.length)));
    writeFileSync(join(root, 'offline/build.json'), JSON.stringify({ build: 'f'.repeat(old.length) }));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const reload = page.locator('[data-update-notice] button');
    await reload.waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-update-notice]').getAttribute('role')).toBe('status');
    expect(await page.locator('[data-update-notice]').innerText()).toContain('本站有新版本');
    await reload.click();
    await page.waitForLoadState('load');
    await workerReady(page);
    await page.goto(`${server.origin}/plan/ch02/`);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-update-notice]').innerText()).toBe('');
    expect(watch.errors).toEqual([]);
    await close();
    await server.close();
  }, 60_000);

  it('without a service worker the site works as before and the save box explains itself', async () => {
    const server = await serveStatic(root);
    const { page, watch, close } = await watchedPage(browser, server.origin, { serviceWorkers: 'block' });
    await page.goto(`${server.origin}/plan/ch03/`);
    await page.waitForLoadState('networkidle');
    // The box says what saving needs, and offers no button that could not work.
    expect(await page.locator('[data-offline-unsupported]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-start]').isHidden()).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.goto(`${server.origin}/en/offline/`);
    expect(await page.locator('[data-offline-unsupported]').innerText()).toMatch(/needs a browser with JavaScript/u);
    expect(await page.locator('[data-offline-missing]').isHidden()).toBe(true);
    expect(watch).toEqual({ errors: [], failed: [], thirdParty: [] });
    await close();
    await server.close();
  });
});
