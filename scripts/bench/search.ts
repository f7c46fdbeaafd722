/**
 * Search figures for `npm run bench`: quality on both query sets (tests/search/queries.yaml,
 * tests/search/questions.yaml), what the first query fetches, warm latency. Returns Markdown lines.
 */
import type { Browser } from 'playwright-core';
import { evaluateSearch, firstQueryBytes, QUERY_SETS, type EvalResult, type SearchBytes } from '../../tests/support/search-eval.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const LANGS = ['zh', 'en'] as const;

/** Budgets (issue #15): a median first query ≤ 120 KB gzip, none over 200 KB; a warm query ≤ 50 ms. */
export const SEARCH_BUDGET = { medianKb: 120, maxKb: 200, warmMs: 50 } as const;

export async function searchBench(browser: Browser, origin: string, options: { bytes?: boolean } = {}): Promise<string[]> {
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out('## Search');
  out();
  out('Quality: each query runs on the real search page; a result is relevant when the text it lands on (the paragraph, entry or section its link points to) contains every expected string. Landing = characters of the text the first relevant result lands on, averaged. Warm = milliseconds from submit to results listed, measured in the page, engine loaded.');
  out();
  out('| set | language | queries | recall@1 | recall@3 | MRR | landing chars | warm ms (median) |');
  out('|---|---|---|---|---|---|---|---|');
  const misses: string[] = [];
  const warm: Record<string, number[]> = { zh: [], en: [] };
  const both: Record<string, EvalResult[]> = { zh: [], en: [] };
  const row = (set: string, r: Pick<EvalResult, 'lang' | 'queries' | 'recallAt1' | 'recallAt3' | 'mrr' | 'landingChars' | 'medianMs'>) =>
    out(`| ${set} | ${r.lang} | ${r.queries} | ${r.recallAt1.toFixed(3)} | ${r.recallAt3.toFixed(3)} | ${r.mrr.toFixed(3)} | ${Math.round(r.landingChars)} | ${r.medianMs.toFixed(1)} |`);
  for (const [set, queries] of Object.entries(QUERY_SETS)) {
    for (const lang of LANGS) {
      const r = await evaluateSearch(browser, origin, lang, queries[lang]);
      warm[lang]!.push(r.medianMs);
      both[lang]!.push(r);
      row(set, r);
      if (r.misses.length) misses.push(`${set} ${lang}: ${r.misses.join('; ')}`);
    }
  }
  // Both sets together, per language (weighted by the number of queries).
  for (const lang of LANGS) {
    const rs = both[lang]!;
    const n = rs.reduce((a, r) => a + r.queries, 0);
    const mean = (f: (r: EvalResult) => number) => rs.reduce((a, r) => a + f(r) * r.queries, 0) / n;
    row('both', { lang, queries: n, recallAt1: mean((r) => r.recallAt1), recallAt3: mean((r) => r.recallAt3), mrr: mean((r) => r.mrr), landingChars: mean((r) => r.landingChars), medianMs: median(warm[lang]!) });
  }
  out();
  out(`Not first: ${misses.join(' · ') || 'none'}.`);
  out();
  if (options.bytes === false) return lines;
  out(`First query: bytes fetched for search by each query of both sets, in a fresh browser (gzipped as served). Budget: median ≤ ${SEARCH_BUDGET.medianKb} KB per language, none over ${SEARCH_BUDGET.maxKb} KB, warm ≤ ${SEARCH_BUDGET.warmMs} ms. Kinds (median KB each): engine (Pagefind's script, WebAssembly and metadata), index chunks, filters, records for the first ten results (answer cards ride in them).`);
  out();
  out('| language | queries | median KB | max KB | over 120 KB | over 200 KB | engine | index | filter | records | index chunks (median) | budget |');
  out('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const over: string[] = [];
  for (const lang of LANGS) {
    const all = [...QUERY_SETS.queries[lang], ...QUERY_SETS.questions[lang]];
    const runs: { bytes: number; chunks: number; by: SearchBytes }[] = [];
    for (const { q } of all) {
      const r = await firstQueryBytes(browser, origin, lang, q);
      runs.push(r);
      if (r.bytes > SEARCH_BUDGET.maxKb * 1024) over.push(`${q} ${kb(r.bytes)} KB (${r.chunks} index chunks)`);
    }
    const bytes = runs.map((r) => r.bytes);
    const part = (k: keyof SearchBytes) => kb(median(runs.map((r) => r.by[k])));
    const ok = median(bytes) <= SEARCH_BUDGET.medianKb * 1024 && Math.max(...bytes) <= SEARCH_BUDGET.maxKb * 1024 && median(warm[lang]!) <= SEARCH_BUDGET.warmMs;
    out(`| ${lang} | ${runs.length} | ${kb(median(bytes))} | ${kb(Math.max(...bytes))} | ${bytes.filter((b) => b > 120 * 1024).length} | ${bytes.filter((b) => b > 200 * 1024).length} | ${part('engine')} | ${part('index')} | ${part('filter')} | ${part('fragment')} | ${median(runs.map((r) => r.chunks))} | ${ok ? '✓' : '✗'} |`);
  }
  out();
  out(`Over ${SEARCH_BUDGET.maxKb} KB: ${over.join('; ') || 'none'}.`);
  return lines;
}
