import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { normalizeText } from '../../src/search/normalize.ts';
import { pageSections } from '../../src/search/page-sections.ts';

export interface Query {
  q: string;
  expect: string;
}
export interface EvalResult {
  lang: 'zh' | 'en';
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  misses: string[];
  /** Milliseconds from submit to results shown, warm engine. */
  medianMs: number;
}

export const QUERIES = parse(readFileSync('tests/search/queries.yaml', 'utf8')) as Record<'zh' | 'en', Query[]>;

/** Text of every anchor the search can land on: plan nodes, commitments, indicators, glossary entries. */
function targetTexts(): Map<string, string> {
  const map = new Map<string, string>();
  const plan = JSON.parse(readFileSync('dist/data/plan.json', 'utf8'));
  const walk = (o: unknown, lang: string) => {
    if (Array.isArray(o)) o.forEach((x) => walk(x, lang));
    else if (o && typeof o === 'object') {
      const n = o as Record<string, unknown>;
      if (typeof n.id === 'string') {
        const text = [n.label, n.title, n.text, n.value, n.group, n.name, n.sub, n.nature, ...(Array.isArray(n.values) ? n.values : [])].filter((x) => typeof x === 'string').join(' ');
        map.set(`${lang}:${n.id}`, text);
      }
      Object.values(n).forEach((x) => walk(x, lang));
    }
  };
  walk(plan.zh, 'zh');
  walk(plan.en, 'en');
  for (const c of JSON.parse(readFileSync('dist/data/commitments.json', 'utf8'))) {
    map.set(`zh:${c.id}`, `${c.measure_zh} ${c.quote_zh}`);
    map.set(`en:${c.id}`, `${c.measure_en} ${c.quote_en}`);
  }
  for (const g of JSON.parse(readFileSync('dist/data/glossary.json', 'utf8'))) {
    map.set(`zh:${g.id}`, `${g.zh} ${g.en} ${g.definition_zh ?? ''}`);
    map.set(`en:${g.id}`, `${g.zh} ${g.en} ${g.definition_en ?? ''}`);
  }
  for (const i of JSON.parse(readFileSync('dist/data/indicators.json', 'utf8'))) {
    for (const lang of ['zh', 'en']) map.set(`${lang}:${i.indicator_id}`, `${map.get(`${lang}:${i.indicator_id}`) ?? ''} ${i[`parent_${lang}`] ?? ''} ${i[`name_${lang}`]} ${i[`printed_${lang}`]}`);
  }
  return map;
}

/** The text a result stands for: its anchored node, or the section of a lesson or the guide it links to. */
function resultText(texts: Map<string, string>, lang: string, href: string): string {
  const [path, hash] = href.split('#');
  const node = hash ? texts.get(`${lang}:${hash}`) : undefined;
  if (node !== undefined) return node;
  const file = `dist${path!.split('?')[0]!.replace(/\/?$/u, '/')}index.html`;
  if (!existsSync(file)) return '';
  const { sections } = pageSections(readFileSync(file, 'utf8'), file);
  const id = hash ? decodeURIComponent(hash) : null;
  return sections.find((s) => s.id === id)?.text ?? '';
}

/** Waits until the search page's status reports a finished search other than `previous`. */
const searchDone = (page: Page, previous: string) =>
  page.waitForFunction(
    (prev) => {
      const s = document.querySelector('[data-status]')?.textContent ?? '';
      return s !== '' && s !== prev && !/正在搜索|Searching/u.test(s);
    },
    previous,
    { timeout: 15_000 },
  );

/** Runs the query set through the real search page and scores the ranking. */
export async function evaluateSearch(browser: Browser, origin: string, lang: 'zh' | 'en'): Promise<EvalResult> {
  const texts = targetTexts();
  const page: Page = await browser.newPage();
  await page.goto(`${origin}/${lang === 'zh' ? '' : 'en/'}search/`);
  const ranks: number[] = [];
  const misses: string[] = [];
  const times: number[] = [];
  for (const { q, expect } of QUERIES[lang]) {
    const before = await page.textContent('[data-status]');
    const t0 = Date.now();
    await page.fill('#search-page-input', String(q));
    await page.press('#search-page-input', 'Enter');
    await searchDone(page, before ?? '').catch(() => undefined);
    times.push(Date.now() - t0);
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    const want = normalizeText(String(expect));
    const rank = hrefs.findIndex((h) => normalizeText(resultText(texts, lang, h)).includes(want)) + 1;
    ranks.push(rank);
    if (rank !== 1) misses.push(`${q} → ${rank === 0 ? 'not in results' : `rank ${rank}`}`);
  }
  await page.close();
  const n = ranks.length;
  const warm = times.slice(1).sort((a, b) => a - b);
  return {
    lang,
    queries: n,
    recallAt1: ranks.filter((r) => r === 1).length / n,
    recallAt3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((a, r) => a + (r ? 1 / r : 0), 0) / n,
    misses,
    medianMs: warm[Math.floor(warm.length / 2)] ?? 0,
  };
}

/**
 * Bytes fetched from /pagefind/ (engine, index chunks, records for the excerpts; gzipped as
 * served) by one query in a fresh browser context, from opening the search page until the
 * network is idle.
 */
export async function firstQueryBytes(browser: Browser, origin: string, lang: 'zh' | 'en', q: string): Promise<{ bytes: number; chunks: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Playwright also sees the requests of Pagefind's web worker (a page CDP session does not).
  const sizes: Promise<number>[] = [];
  let chunks = 0;
  page.on('requestfinished', (r) => {
    if (!r.url().includes('/pagefind/')) return;
    if (r.url().includes('/pagefind/index/')) chunks++;
    sizes.push(r.sizes().then((x) => x.responseBodySize + x.responseHeadersSize));
  });
  await page.goto(`${origin}/${lang === 'zh' ? '' : 'en/'}search/?q=${encodeURIComponent(q)}`);
  await searchDone(page, '');
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, chunks };
}
