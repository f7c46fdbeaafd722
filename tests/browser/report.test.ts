import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');

describe('report composer', () => {
  /**
   * Fills the composer from the problem list on, with the keyboard alone: picks the problem
   * `downs` places below the first, then tabs through every field up to the submit button, typing
   * into each text field and ticking the first choice of each group. Returns what it typed and the
   * labels of what it ticked.
   */
  async function fillByKeyboard(page: Page, downs: number, word: string) {
    await page.focus('#c-problem');
    for (let k = 0; k < downs; k++) await page.keyboard.press('ArrowDown');
    const typed: string[] = [];
    const ticked: string[] = [];
    for (let n = 0; n < 80; n++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement as HTMLInputElement;
        return { tag: e.tagName, type: e.type, label: e.closest('label')?.textContent?.trim() ?? '' };
      });
      if (f.tag === 'BUTTON') break;
      if (f.type === 'radio' || f.type === 'checkbox') {
        await page.keyboard.press('Space');
        ticked.push(f.label);
      } else {
        const value = `${word}${n}`;
        await page.keyboard.type(value);
        typed.push(value);
      }
    }
    await page.keyboard.press('Enter'); // the focused submit button
    return { typed, ticked };
  }

  it('asks each problem its own questions and writes them into the report, keyboard alone (English)', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.server().origin}/en/report/compose/`);
    const ids = await page.$$eval('#c-problem option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const { typed, ticked } = await fillByKeyboard(page, 1, 'note');
    const problem = await page.$eval('#c-problem', (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent!.trim());
    // Only the chosen problem's questions are shown, and its questions were reached.
    expect(await page.isVisible(`[data-prompts="${ids[1]}"]`)).toBe(true);
    expect(await page.isVisible(`[data-prompts="${ids[0]}"]`)).toBe(false);
    const prompts = await page.$$eval(`[data-prompts="${ids[1]}"] > div.field > label, [data-prompts="${ids[1]}"] > fieldset > legend`, (ls) => ls.map((l) => l.textContent!.trim()));
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    const text = await page.inputValue('#c-output');
    const asksLegend = await page.$eval(`[data-prompts="${ids[1]}"] [data-ask]`, (a) => a.closest('fieldset')!.querySelector('legend')!.textContent!.trim());
    for (const v of [problem, ...typed, ...ticked, ...prompts.filter((p) => p !== asksLegend)]) expect(text.toLowerCase()).toContain(v.toLowerCase());
    // The Chinese copy has the same typed details, those in words marked as written in English.
    const zh = await page.inputValue('#c-output-zh');
    // The Chinese copy: every fixed part and chosen option in Chinese, only the reader's own
    // words in English (marked as such where they are words, not a name or a number).
    const zhFixed = typed.reduce((text, v) => text.split(v).join(''), zh);
    expect(zhFixed.match(/[A-Za-z]+/gu) ?? []).toEqual([]);
    expect(zh).toContain('【环境问题举报】');
    for (const v of typed) expect(zh).toContain(v);
    // All but the name and phone (the last two fields), which need no marking.
    for (const v of typed.slice(0, -2)) expect(zh).toContain(`${v}（原文为英文）`);
    await page.click('button[data-action="copy"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(typed[0]);
    // Nothing was sent anywhere, and nothing kept without the reader asking.
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('writes a Chinese report from the Chinese page, keyboard alone, with no English copy', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/report/compose/`);
    expect(await page.inputValue('#c-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const { typed, ticked } = await fillByKeyboard(page, 5, '记录');
    const text = await page.inputValue('#c-output');
    expect(text.split('\n')[0]).toBe('【环境问题举报】');
    expect(text).toMatch(/日期：\d{4}年\d{1,2}月\d{1,2}日/u);
    for (const v of [...typed, ...ticked]) expect(text).toContain(v);
    expect(text).not.toContain('原文为英文');
    expect(await page.locator('#c-output-zh').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('shows each kind of problem its own questions, and only those', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/report/compose/`);
    const ids = (await page.$$eval('#c-problem option', (os) => os.map((o) => (o as HTMLOptionElement).value))).filter((v) => v !== 'other');
    expect(ids.length).toBeGreaterThanOrEqual(15);
    const questions = new Set<string>();
    for (const id of ids) {
      await page.selectOption('#c-problem', id);
      const shown = await page.$$eval('[data-prompts]', (fs) => fs.filter((f) => !(f as HTMLElement).hidden).map((f) => (f as HTMLElement).dataset.prompts));
      expect(shown).toEqual([id]);
      const labels = await page.$$eval(`[data-prompts="${id}"] [data-prompt]`, (is) => [...new Set(is.map((i) => (i as HTMLInputElement).name))]);
      expect(labels.length, id).toBeGreaterThanOrEqual(2);
      questions.add(await page.$eval(`[data-prompts="${id}"]`, (f) => f.textContent!.replace(/\s+/gu, ' ')));
    }
    // Each problem's questions are its own, not one list for all.
    expect(questions.size).toBe(ids.length);
    await page.selectOption('#c-problem', 'other');
    expect(await page.$$eval('[data-prompts]', (fs) => fs.filter((f) => !(f as HTMLElement).hidden).length)).toBe(0);
    await close();
  });

  it('suggests the places the plan names', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/en/report/compose/`);
    const options = await page.$$eval('#c-places option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('御临河 (Yulin River)');
    expect(options.length).toBeGreaterThanOrEqual(60);
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
    // The safety advice is there too, its label said once.
    expect(await page.textContent('.safety-note')).toMatch(/^注意安全：远离/u);
    await close();
  });
});
