import { describe, expect, it } from 'vitest';
import { useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');

describe('lesson quiz', () => {
  it('scores correctly with the keyboard alone', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/learn/air/`);
    const answers = await page.locator('fieldset[data-answer]').evaluateAll((fs) => fs.map((f) => Number((f as HTMLElement).dataset.answer)));
    // Answer all but the last correctly, the last wrongly, using only the keyboard.
    for (let q = 0; q < answers.length; q++) {
      const want = q === answers.length - 1 ? (answers[q]! + 1) % (await page.locator(`fieldset[data-answer] >> nth=${q} >> input`).count()) : answers[q]!;
      await page.locator(`input[name="q${q + 1}"]`).first().focus();
      await page.keyboard.press('Space'); // selects the first option
      for (let k = 0; k < want; k++) await page.keyboard.press('ArrowDown');
      expect(await page.locator(`input[name="q${q + 1}"]:checked`).getAttribute('value')).toBe(String(want));
    }
    await page.locator('button[data-check]').focus();
    await page.keyboard.press('Enter');
    const score = await page.textContent('[data-score]');
    expect(score).toBe(`答对${answers.length - 1}题，共${answers.length}题。`);
    expect(await page.locator('fieldset[data-result="right"]').count()).toBe(answers.length - 1);
    expect(await page.locator('fieldset[data-result="wrong"]').count()).toBe(1);
    expect(await page.locator('fieldset[data-result="wrong"] details[open]').count()).toBe(1);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('reveals answers without JavaScript', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin, { javaScriptEnabled: false });
    await page.goto(`${site.server().origin}/en/learn/water/`);
    expect(await page.isVisible('button[data-check]')).toBe(false);
    const first = page.locator('.quiz__answer').first();
    expect(await first.locator('p').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('p').isVisible()).toBe(true);
    expect(await first.locator('p').textContent()).toMatch(/^Answer: /u);
    await close();
  });

  it('keeps the answers off the printed lesson page', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/learn/noise/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      footer: getComputedStyle(document.querySelector('.site-footer')!).display,
      answersInline: getComputedStyle(document.querySelector('.quiz__answer')!).display,
    }));
    expect(state).toEqual({ header: 'none', footer: 'none', answersInline: 'none' });
    await close();
  });
});

describe('teaching kit', () => {
  for (const [lang, prefix, slug] of [['zh-CN', '', 'noise'], ['en', '/en', 'water']] as const) {
    it(`prints the worksheet without answers and the teacher notes with them (${lang})`, async () => {
      const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
      const origin = site.server().origin;
      await page.goto(`${origin}${prefix}/learn/${slug}/`);
      const explanations = await page.locator('.quiz__explanation').allTextContents();
      expect(explanations.length).toBeGreaterThanOrEqual(3);

      await page.goto(`${origin}${prefix}/learn/${slug}/worksheet/`);
      await page.emulateMedia({ media: 'print' });
      const worksheet = await page.evaluate(() => ({
        text: document.body.innerText,
        header: getComputedStyle(document.querySelector('.site-header')!).display,
        tables: document.querySelectorAll('.record-table tbody tr').length,
        boxes: document.querySelectorAll('.tick-list li').length,
      }));
      expect(worksheet.header).toBe('none');
      expect(worksheet.tables).toBeGreaterThan(0);
      expect(worksheet.boxes).toBeGreaterThanOrEqual(explanations.length * 2);
      expect(explanations.filter((e) => worksheet.text.includes(e))).toEqual([]);
      // The printed worksheet is A4 (595 × 842 pt), as its @page rule asks.
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(pdf).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/u);

      await page.goto(`${origin}${prefix}/learn/${slug}/teacher/`);
      await page.emulateMedia({ media: 'print' });
      const notes = await page.evaluate(() => ({
        text: document.body.innerText,
        keyBreak: getComputedStyle(document.querySelector('.answer-key')!).breakBefore,
      }));
      expect(notes.keyBreak).toBe('page');
      expect(explanations.filter((e) => !notes.text.includes(e))).toEqual([]);
      expect(watch.errors).toEqual([]);
      await close();
    });
  }
});

describe('glossary terms in the plan text', () => {
  it('link to their definition, which exists', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(`${site.server().origin}/plan/ch04/`);
    const term = page.locator('main a.term').first();
    const href = (await term.getAttribute('href'))!;
    await term.click();
    await page.waitForURL(`**${href}`);
    expect(await page.isVisible(`[id="${href.split('#')[1]}"]`)).toBe(true);
    await close();
  });
});
