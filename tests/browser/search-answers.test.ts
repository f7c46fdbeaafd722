import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchedPage } from '../support/browser.ts';

const site = useSiteInBrowser('dist');
const phone = { viewport: { width: 390, height: 844 } };

/** Opens the search page for a query and waits for the search to finish. */
async function searchFor(lang: 'zh' | 'en', q: string) {
  const opened = await watchedPage(site.browser(), site.server().origin, phone);
  await opened.page.goto(`${site.server().origin}/${lang === 'zh' ? '' : 'en/'}search/?q=${encodeURIComponent(q)}`);
  await opened.page.locator('.search-result').first().waitFor();
  return opened;
}

describe('answer card', () => {
  it.each([
    ['zh', '2025年森林覆盖率目标是多少', /森林覆盖率/u, /2025年目标值/u, '55'],
    ['en', 'forest cover target 2025', /forest coverage/iu, /2025 target/u, '55'],
  ] as const)('%s: an indicator’s 2025 target, readable at 390 px without scrolling, and reachable by keyboard', async (lang, q, title, label, value) => {
    const { page, watch, close } = await searchFor(lang, q);
    const card = page.locator('[data-card]');
    await card.waitFor({ state: 'visible' });
    // A labelled region: its heading names the indicator.
    expect(await card.getAttribute('aria-labelledby')).toBe('answer-card-title');
    expect(await page.locator('#answer-card-title').textContent()).toMatch(title);
    const facts = await card.locator('.answer-card__fact').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]));
    expect(facts.some(([l, v]) => label.test(l ?? '') && v === value)).toBe(true);
    // The whole card is on the first screen of a phone.
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.width).toBeLessThanOrEqual(390);
    // From the search button, the card's source link comes before the results.
    await page.locator('form[data-search] button[type="submit"]').focus();
    let inCard = false;
    for (let i = 0; i < 6 && !inCard; i++) {
      await page.keyboard.press('Tab');
      inCard = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-card]')));
    }
    expect(inCard).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toMatch(/plan\/ch02\/#box-2-r\d\d$/u);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it.each([
    ['zh', '河长制是什么', '河长制', /负责官员/u],
    ['en', 'what is the river chief system', 'river chief system', /personally responsible/u],
  ] as const)('%s: a term’s definition, with the glossary entry', async (lang, q, term, definition) => {
    const { page, close } = await searchFor(lang, q);
    await page.locator('[data-card]').waitFor({ state: 'visible' });
    expect(await page.locator('#answer-card-title').textContent()).toBe(term);
    expect(await page.locator('.answer-card__text').textContent()).toMatch(definition);
    const links = await page.locator('[data-card] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toMatch(/learn\/glossary\/#river-chief$/u);
    await close();
  });

  it('a commitment’s words when the query asks for a number it promises; none for a plain word', async () => {
    const { page, close } = await searchFor('zh', '新增多少个城市公园');
    await page.locator('[data-card]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-card]').getAttribute('data-kind')).toBe('commitment');
    expect(await page.locator('.answer-card__text').textContent()).toContain('新增城市公园游园15个');
    await page.fill('#search-page-input', '噪声');
    await page.press('#search-page-input', 'Enter');
    await page.waitForFunction(() => /噪声/u.test(document.querySelector('[data-status]')?.textContent ?? '') && !/正在/u.test(document.querySelector('[data-status]')!.textContent!));
    expect(await page.locator('[data-card]').isHidden()).toBe(true);
    await close();
  });
});

describe('landing on the part that answers', () => {
  it('a reportable problem of the report guide: its own anchor, opened, the answering sentence marked', async () => {
    const { page, watch, close } = await searchFor('zh', '晚上工地打桩太吵能投诉吗');
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const guide = hrefs.find((h) => h.startsWith('/report/'))!;
    // No result links to the whole guide: each problem has its anchor.
    expect(guide).toMatch(/^\/report\/\?hl=[^#]+#night-construction-noise$/u);
    await page.goto(`${site.server().origin}${guide}`);
    const problem = page.locator('#night-construction-noise');
    expect(await problem.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const sentence = (await problem.locator('mark.search-sentence').allTextContents()).join('');
    expect(sentence).toContain('夜间施工');
    expect(sentence.length).toBeLessThan(80);
    expect(await problem.locator('mark.search-sentence mark.search-word').count()).toBeGreaterThan(0);
    const top = await problem.locator('mark.search-sentence').first().evaluate((m) => m.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('a lesson by its section, and a long paragraph by its sentence (English)', async () => {
    const { page, close } = await searchFor('en', 'noise map activity for school');
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Each section of the lesson has its anchor; only the lesson's opening (before its first
    // heading) is the page itself.
    const sections = hrefs.filter((h) => h.startsWith('/en/learn/noise/') && h.includes('#'));
    expect(sections.map((h) => h.split('#')[1])).toContain('try-it-in-yubei');
    expect(hrefs.filter((h) => h.startsWith('/en/learn/noise/') && !h.includes('#')).length).toBeLessThanOrEqual(1);
    await page.goto(`${site.server().origin}/en/plan/ch04/?hl=${encodeURIComponent('noise decibels')}#ch04-s05-p01`);
    const sentence = (await page.locator('#ch04-s05-p01 mark.search-sentence').allTextContents()).join('');
    expect(sentence).toMatch(/^By 2025.*53 decibels/u);
    await close();
  });
});
