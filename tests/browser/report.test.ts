import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');

describe('report composer', () => {
  it('can be filled with the keyboard alone; the report holds every field; copy works', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.server().origin}/en/report/compose/`);
    await page.focus('#c-problem');
    await page.keyboard.press('ArrowDown'); // second problem in the list
    const problem = await page.$eval('#c-problem', (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent!.trim());
    await page.keyboard.press('Tab');
    await page.keyboard.type('Gate 2, Riverside estate');
    await page.keyboard.press('Tab');
    await page.keyboard.type('every night from 11 p.m.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // frequency: first radio (once)
    await page.keyboard.press('ArrowDown'); // → every day
    await page.keyboard.press('Tab');
    await page.keyboard.type('Loud hammering and drilling');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // evidence: photos
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // past the other checkboxes
    await page.keyboard.type('Ms Wang');
    await page.keyboard.press('Tab');
    await page.keyboard.type('by phone');
    await page.keyboard.press('Enter'); // submits the form
    const text = await page.inputValue('#c-output');
    for (const v of [problem, 'Gate 2, Riverside estate', 'every night from 11 p.m.', 'every day', 'Loud hammering and drilling', 'Photos', 'Ms Wang', 'by phone']) expect(text).toContain(v);
    const zh = await page.inputValue('#c-output-zh');
    expect(zh).toContain('【环境问题举报】');
    expect(zh).toContain('Gate 2, Riverside estate');
    await page.click('button[data-action="copy"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Loud hammering and drilling');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('keeps nothing after a reload unless a draft was saved; clearing removes the draft', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    const url = `${site.server().origin}/report/compose/`;
    await page.goto(url);
    await page.fill('#c-place', '某小区3栋');
    await page.reload();
    expect(await page.inputValue('#c-place')).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.fill('#c-place', '某小区3栋');
    await page.click('button[data-action="save"]');
    await page.reload();
    expect(await page.inputValue('#c-place')).toBe('某小区3栋');
    await page.click('button[data-action="clear"]');
    expect(await page.inputValue('#c-place')).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('yubei-report-draft'))).toBeNull();
    await page.reload();
    expect(await page.inputValue('#c-place')).toBe('');
    await close();
  });

  it('without JavaScript shows the printable checklist', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(`${site.server().origin}/report/compose/`);
    expect(await page.isVisible('.checklist ol')).toBe(true);
    expect(await page.locator('.checklist li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.isVisible('form[data-composer]')).toBe(false);
    await close();
  });
});
