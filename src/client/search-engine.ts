// The search engine of the search page: Pagefind's search API (not its UI), loaded on demand and
// run on the main thread (its worker would be one more script to fetch); each slot of the
// understood query searched on its own, the records' features read from one filter, and the
// results ranked by rank.ts.
import type { UnderstoodQuery } from '../search/query.ts';
import { rankResults, type Ranked, type SlotHits } from '../search/rank.ts';
import { FEATURE_FILTER, feature } from '../search/record-features.ts';
import { SEARCH_TYPES } from '../search/search-types.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind once (the script, its WebAssembly and the language's metadata). */
export function loadEngine(bundle: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pf.options({ noWorker: true });
    await pf.init();
    return pf;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** The records that have each feature value, read once per page (filter-only searches). */
const featureSets = new Map<string, Promise<ReadonlySet<string>>>();
function withFeature(pf: Pagefind, value: string): Promise<ReadonlySet<string>> {
  let set = featureSets.get(value);
  if (!set) {
    set = pf.search(null, { filters: { [FEATURE_FILTER]: value } }).then((r) => new Set(r.results.map((x) => x.id)));
    featureSets.set(value, set);
  }
  return set;
}

/** The feature values a query's ranking reads: the kinds, and what its intent asks about. */
function neededFeatures(q: UnderstoodQuery): string[] {
  const i = q.intent;
  return [
    ...SEARCH_TYPES.map(feature.kind),
    ...(i.amount || i.time ? [feature.number] : []),
    ...i.units.map(feature.unit),
    ...(i.target || i.past ? [feature.target, feature.past] : []),
    ...i.places.map(feature.about),
  ];
}

export interface SearchOutcome {
  ranked: Ranked[];
  /** Pagefind's result for each ranked id, to fetch the record. */
  result: (id: string) => PagefindResult | undefined;
}

/**
 * Searches every slot of the understood query (with the reader's filters), reads the features
 * the ranking needs, and ranks. All index chunks the query needs are fetched at once first.
 */
export async function searchQuery(pf: Pagefind, q: UnderstoodQuery, filters: Record<string, string>): Promise<SearchOutcome> {
  const all = new Map<string, PagefindResult>();
  const hitsOf = async (term: string) => {
    const { results } = await pf.search(term, { filters });
    for (const r of results) all.set(r.id, r);
    return new Map(results.map((r) => [r.id, r.score]));
  };
  const terms = q.slots.flatMap((s) => [s.search, ...s.related]);
  const values = neededFeatures(q);
  await Promise.all([pf.preload(terms.join(' ')), ...values.map((v) => withFeature(pf, v))]);
  const slots: SlotHits[] = [];
  for (const slot of q.slots) {
    const hits = await hitsOf(slot.search);
    const related = new Map<string, number>();
    for (const token of slot.related) for (const [id, score] of await hitsOf(token)) if (!hits.has(id)) related.set(id, Math.max(score, related.get(id) ?? 0));
    slots.push({ slot, hits, related });
  }
  const sets = new Map(await Promise.all(values.map(async (v) => [v, await withFeature(pf, v)] as const)));
  const total = SEARCH_TYPES.reduce((n, t) => n + (sets.get(feature.kind(t))?.size ?? 0), 0);
  const features = (id: string) => new Set(values.filter((v) => sets.get(v)?.has(id)));
  return { ranked: rankResults(slots, features, q.intent, total), result: (id) => all.get(id) };
}
