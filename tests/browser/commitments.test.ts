import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');
const visibleCount = (page: import('playwright-core').Page) => page.locator('article.commitment:visible').count();

describe('commitments explorer', () => {
  it('lists every commitment without JavaScript', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(`${site.server().origin}/commitments/`);
    expect(await page.locator('article.commitment').count()).toBeGreaterThanOrEqual(60);
    expect(await visibleCount(page)).toBe(await page.locator('article.commitment').count());
    expect(await page.isVisible('form[data-filters]')).toBe(false);
    await close();
  });

  it('filters by topic and deadline, with the keyboard, and keeps the filter in the URL', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/commitments/`);
    const all = await visibleCount(page);
    await page.focus('select[name="topic"]');
    await page.selectOption('select[name="topic"]', 'air');
    const air = await visibleCount(page);
    expect(air).toBeGreaterThan(0);
    expect(air).toBeLessThan(all);
    expect(page.url()).toContain('topic=air');
    await page.selectOption('select[name="deadline"]', 'annual');
    const airAnnual = await visibleCount(page);
    expect(airAnnual).toBeLessThan(air);
    expect(page.url()).toMatch(/topic=air.*deadline=annual|deadline=annual.*topic=air/u);
    const topics = await page.locator('article.commitment:visible').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.topic + '/' + (e as HTMLElement).dataset.deadline))]);
    expect(topics).toEqual(['air/annual']);
    expect(await page.textContent('.filters__count')).toContain(String(airAnnual));
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('restores a shared filtered view from its URL', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/en/commitments/?topic=water&q=2022`);
    expect(await page.inputValue('select[name="topic"]')).toBe('water');
    expect(await page.inputValue('form[data-filters] input[name="q"]')).toBe('2022');
    const shown = await page.locator('article.commitment:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topic));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['water']));
    await close();
  });

  it('copies a citation with the plan title and the paragraph link', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.server().origin}/commitments/`);
    const entry = page.locator('article.commitment').filter({ hasText: '10000辆' }).first();
    const source = await entry.locator('.commitment__links a').first().getAttribute('href');
    await entry.locator('button.copy-button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('重庆市渝北区生态环境保护“十四五”规划');
    expect(copied).toContain('重庆市渝北区人民政府');
    expect(copied).toContain('2022年2月');
    // Citations use the site's canonical address (SITE_URL), not the test server's.
    const canonical = new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!);
    expect(copied).toContain(new URL(source!, canonical).href);
    expect(await page.textContent('[data-copy-status]')).toBe('引用已复制。');
    await close();
  });

  it('links to the paragraph, which is scrolled to and highlighted', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/commitments/`);
    const link = page.locator('article.commitment .commitment__links a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1]!;
    const state = await page.evaluate((i) => {
      const el = document.getElementById(i)!;
      return { top: el.getBoundingClientRect().top, bg: getComputedStyle(el).backgroundColor };
    }, id);
    expect(Math.abs(state.top)).toBeLessThan(60);
    expect(state.bg).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });

  it('is marked in the plan text, with links back to the entries', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/plan/ch05/`);
    const mark = page.locator('.para-commitments a').first();
    expect(await mark.count()).toBe(1);
    const href = (await mark.getAttribute('href'))!;
    expect(href).toMatch(/^\/commitments\/#[a-z0-9-]+$/u);
    await close();
  });
});

describe('places', () => {
  it('filters the gazetteer as the reader types, and keeps the filter through a reload', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/en/places/`);
    const all = await page.locator('[data-filter-item]:visible').count();
    await page.focus('form[data-filters] input[name="q"]');
    await page.keyboard.type('Yulin');
    await page.waitForURL(/q=Yulin/u);
    const shown = await page.locator('[data-filter-item]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.text!));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(shown.every((t) => t.includes('yulin'))).toBe(true);
    await page.reload();
    expect(await page.inputValue('form[data-filters] input[name="q"]')).toBe('Yulin');
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(shown.length);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('narrow the commitments to those naming a place', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/commitments/`);
    await page.selectOption('select[name="place"]', 'yulin-river');
    expect(page.url()).toContain('place=yulin-river');
    const places = await page.locator('article.commitment:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place!));
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.split(' ').includes('yulin-river'))).toBe(true);
    await close();
  });
});
