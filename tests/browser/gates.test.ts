import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchedPage } from '../support/browser.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';

const site = useSiteInBrowser('dist');

describe.each(PAGE_KINDS)('$kind ($lang) /$path', ({ kind, path, lang }) => {
  const url = () => `${site.server().origin}/${path}`;

  it('has no axe violations, console errors, failed or third-party requests', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(url(), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
    // The 404 page is served with status 404, which Chromium logs once; nothing else may fail.
    if (kind === '404') watch.errors = watch.errors.filter((e) => !/status of 404/u.test(e));
    expect(watch).toEqual({ errors: [], failed: [], thirdParty: [] });
    await close();
  });

  it('starts with a skip link that moves focus to the main content, with a visible focus ring', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(url());
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { cls: el.className, href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(first).toMatchObject({ cls: 'skip-link', href: '#main', visible: true, outline: 'solid' });
    expect(parseFloat(first.width)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await close();
  });

  it('lets the keyboard reach every link and control', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { viewport: { width: 1280, height: 900 } });
    // Wait until scripts have drawn everything (search results, charts) before listing controls.
    await page.goto(url(), { waitUntil: 'networkidle' });
    // A radio group is one tab stop (arrow keys move inside it): all its radios share a key.
    const focusable = await page.evaluate(() => {
      const keys = new Set<string>();
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        // Content of a closed <details> is not reachable until opened (its summary is).
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY'))
        .forEach((el, i) => {
          const radio = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : '';
          el.dataset.kbd = radio || String(i);
          keys.add(el.dataset.kbd);
        });
      return [...keys];
    });
    const reached = new Set<string>();
    for (let i = 0; i < focusable.length + 5; i++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd);
      if (k) reached.add(k);
    }
    expect(focusable.filter((k) => !reached.has(k))).toEqual([]);
    await close();
  });

  it('shows its main content without JavaScript', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.isVisible('main h1')).toBe(true);
    expect((await page.textContent('main'))!.trim().length).toBeGreaterThan(20);
    await close();
  });

  it('prints content without navigation', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(url());
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.site-header, .site-footer, .breadcrumbs, .plan-nav--sidebar, .prev-next, .skip-link')]
        .filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.className),
    );
    expect(hidden).toEqual([]);
    expect(await page.isVisible('main h1')).toBe(true);
    await close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { viewport: { width: 320, height: 640 } });
    await page.goto(url());
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await close();
  });
});
