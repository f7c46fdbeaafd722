import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');

describe('language switch', () => {
  it.each([
    ['plan/ch04/#ch04-s02-p03', 'en/plan/ch04/#ch04-s02-p03'],
    ['en/plan/ch05/#ch05-s01', 'plan/ch05/#ch05-s01'],
    ['plan/ch02/bilingual/#ch02-s02-p01', 'en/plan/ch02/bilingual/#ch02-s02-p01'],
  ])('from /%s lands on /%s', async (from, to) => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/${from}`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.server().origin}/${to}`);
    const id = to.split('#')[1]!;
    expect(await page.isVisible(`[id="${id}"]`)).toBe(true);
    const top = await page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
    expect(Math.abs(top)).toBeLessThan(50);
    await close();
  });
  it('works as a plain link without JavaScript', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(`${site.server().origin}/plan/ch03/`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.server().origin}/en/plan/ch03/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await close();
  });
});
