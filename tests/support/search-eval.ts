import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { normalizeText } from '../../src/search/normalize.ts';
import { pageSections } from '../../src/search/page-sections.ts';

/** A query and the strings the text a relevant result lands on must all contain. */
export interface Query {
  q: string;
  expect: string[];
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
  /** Characters of the text the first relevant result lands on, averaged over the queries that found one. */
  landingChars: number;
}

type QueryFile = Record<'zh' | 'en', { q: string | number; expect: string | number | (string | number)[] }[]>;
const readQueries = (file: string): Record<'zh' | 'en', Query[]> => {
  const raw = parse(readFileSync(file, 'utf8')) as QueryFile;
  const list = (lang: 'zh' | 'en') => raw[lang].map(({ q, expect }) => ({ q: String(q), expect: (Array.isArray(expect) ? expect : [expect]).map(String) }));
  return { zh: list('zh'), en: list('en') };
};

/** The query sets: terms, numbers and names (queries.yaml); held-out natural questions (questions.yaml). */
export const QUERY_SETS = { queries: readQueries('tests/search/queries.yaml'), questions: readQueries('tests/search/questions.yaml') } as const;
export type QuerySet = keyof typeof QUERY_SETS;
/** Both sets, one list per language. */
export const QUERIES: Record<'zh' | 'en', Query[]> = { zh: [...QUERY_SETS.queries.zh, ...QUERY_SETS.questions.zh], en: [...QUERY_SETS.queries.en, ...QUERY_SETS.questions.en] };

/** Text of every anchor the search can land on: plan nodes, commitments, indicators, glossary entries. */
export function targetTexts(): Map<string, string> {
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
export function resultText(texts: Map<string, string>, lang: string, href: string): string {
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

/**
 * Submits a query on the search page and returns the milliseconds, measured in the page, from
 * submit until the status reports the finished search (the results are in the list by then).
 */
const timedSearch = (page: Page, q: string) =>
  page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-status]')!;
        const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
        const done = () => {
          const s = status.textContent ?? '';
          return s !== '' && !/正在搜索|Searching/u.test(s);
        };
        const t0 = performance.now();
        const timer = setTimeout(() => resolve(Number.NaN), 15_000);
        new MutationObserver((_, observer) => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        }).observe(status, { childList: true, characterData: true, subtree: true });
        // Cleared first, so that a query that reports what the last one did is seen to finish.
        status.textContent = '';
        input.value = query;
        input.form!.requestSubmit();
      }),
    q,
  );

/** Runs a query list through the real search page and scores the ranking by the text each result lands on. */
export async function evaluateSearch(browser: Browser, origin: string, lang: 'zh' | 'en', queries: readonly Query[] = QUERIES[lang]): Promise<EvalResult> {
  const texts = targetTexts();
  const page: Page = await browser.newPage();
  await page.goto(`${origin}/${lang === 'zh' ? '' : 'en/'}search/`);
  const ranks: number[] = [];
  const misses: string[] = [];
  const times: number[] = [];
  const landed: number[] = [];
  for (const { q, expect } of queries) {
    times.push(await timedSearch(page, q));
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    const want = expect.map(normalizeText);
    const landings = hrefs.map((h) => resultText(texts, lang, h));
    const rank = landings.findIndex((text) => want.every((w) => normalizeText(text).includes(w))) + 1;
    ranks.push(rank);
    if (rank) landed.push(landings[rank - 1]!.length);
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
    landingChars: landed.length ? landed.reduce((a, b) => a + b, 0) / landed.length : 0,
  };
}

/** What a search fetches, by kind: the engine (script, worker, WebAssembly, metadata), index chunks, filter chunks, records (fragments). */
export type SearchBytes = Record<'engine' | 'index' | 'filter' | 'fragment', number>;

const kindOf = (url: string): keyof SearchBytes | null => {
  const path = new URL(url).pathname;
  const m = /\/pagefind\/(?:(index|filter|fragment)\/)?/u.exec(path);
  if (!m) return null;
  return (m[1] as 'index' | 'filter' | 'fragment' | undefined) ?? 'engine';
};

/**
 * Bytes fetched for search (Pagefind's engine, index chunks, filters, records for the excerpts;
 * gzipped as served) by one query in a fresh browser context, from opening the
 * search page until the network is idle.
 */
export async function firstQueryBytes(browser: Browser, origin: string, lang: 'zh' | 'en', q: string): Promise<{ bytes: number; chunks: number; by: SearchBytes }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Playwright also sees the requests of Pagefind's web worker (a page CDP session does not).
  const sizes: Promise<[keyof SearchBytes, number]>[] = [];
  let chunks = 0;
  page.on('requestfinished', (r) => {
    const kind = kindOf(r.url());
    if (!kind) return;
    if (kind === 'index') chunks++;
    sizes.push(r.sizes().then((x) => [kind, x.responseBodySize + x.responseHeadersSize]));
  });
  await page.goto(`${origin}/${lang === 'zh' ? '' : 'en/'}search/?q=${encodeURIComponent(q)}`);
  await searchDone(page, '');
  await page.waitForLoadState('networkidle');
  const by: SearchBytes = { engine: 0, index: 0, filter: 0, fragment: 0 };
  for (const [kind, n] of await Promise.all(sizes)) by[kind] += n;
  await context.close();
  return { bytes: Object.values(by).reduce((a, b) => a + b, 0), chunks, by };
}
