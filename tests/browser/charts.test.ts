import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');

describe.each(['indicators/', 'en/indicators/figures/', 'indicators/2016-2020/'])('charts on /%s', (path) => {
  it('render a canvas of non-zero size for every chart, without errors', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin, { viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server().origin}/${path}`);
    const count = await page.locator('[data-chart]').count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = page.locator('[data-chart]').nth(i);
      await box.locator('xpath=..').scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => document.querySelectorAll('[data-chart][data-drawn]').length > n, i);
      const size = await box.locator('canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
      expect(size.w).toBeGreaterThan(100);
      expect(size.h).toBeGreaterThan(100);
    }
    expect(watch.errors).toEqual([]);
    await close();
  });
  it('show the tables, and no empty chart box, without JavaScript', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(`${site.server().origin}/${path}`);
    expect(await page.locator('figure.chart-figure table').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.chart-figure table').first().isVisible()).toBe(true);
    expect(await page.locator('[data-chart]:visible').count()).toBe(0);
    await close();
  });
});

describe('chart code', () => {
  it('is fetched only when a chart is near the screen', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { viewport: { width: 390, height: 700 } });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${site.server().origin}/plan/ch04/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => /charts/u.test(s))).toEqual([]);
    await close();
  });
});
