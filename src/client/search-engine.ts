// The search engine of the search page: Pagefind's search API (not its UI), loaded on demand and
// run on the main thread (its worker would be one more script to fetch); each slot of the
// understood query searched on its own, the records' features read from one filter, and the
// results ranked by rank.ts.
import type { UnderstoodQuery } from '../search/query.ts';
import { rankResults, type Ranked, type SlotHits } from '../search/rank.ts';
import { feature, featureFilter } from '../search/record-features.ts';
import { SEARCH_TYPES, type SearchType } from '../search/search-types.ts';

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

/** What a record found by a related place, a related term, or by characters of an unknown word counts for. */
const RELATED_PLACE = 0.8;
const RELATED_TERM = 0.5;
const PARTS_SHARE = 0.6;

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind once (the script, its WebAssembly and the language's metadata). */
export function loadEngine(bundle: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // Record URLs carry the base already: Pagefind would put it in front once more under a sub-path.
    await pf.options({ noWorker: true, baseUrl: '/' });
    await pf.init();
    return pf;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** The records that have each feature value, read once per page (filter-only searches). */
const featureSets = new Map<string, Promise<ReadonlySet<string>>>();
function withFeature(pf: Pagefind, value: string, typeNames: Readonly<Record<SearchType, string>>): Promise<ReadonlySet<string>> {
  let set = featureSets.get(value);
  if (!set) {
    const filter = featureFilter(value);
    const wanted = filter === 'type' ? typeNames[value.slice(2) as SearchType] : value;
    set = pf.search(null, { filters: { [filter]: wanted } }).then((r) => new Set(r.results.map((x) => x.id)));
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
    ...(i.time ? [feature.year] : []),
    ...i.units.map(feature.unit),
    ...(i.target || i.past ? [feature.target, feature.past] : []),
    ...i.places.map(feature.about),
    ...(i.report ? [feature.channel] : []),
    ...i.topics.map(feature.topic),
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
export async function searchQuery(pf: Pagefind, q: UnderstoodQuery, filters: Record<string, string>, typeNames: Readonly<Record<SearchType, string>>): Promise<SearchOutcome> {
  const all = new Map<string, PagefindResult>();
  const hitsOf = async (term: string) => {
    const { results } = await pf.search(term, { filters });
    for (const r of results) all.set(r.id, r);
    return new Map(results.map((r) => [r.id, r.score]));
  };
  const terms = q.slots.flatMap((s) => [s.search.replace(/"/gu, ''), ...s.parts, ...s.related]);
  const values = neededFeatures(q);
  await Promise.all([pf.preload(terms.join(' ')), ...values.map((v) => withFeature(pf, v, typeNames))]);
  const slots: SlotHits[] = [];
  for (const slot of q.slots) {
    const hits = await hitsOf(slot.search);
    const partial = new Map<string, { score: number; share: number }>();
    const credit = (id: string, score: number, share: number) => {
      if (hits.has(id)) return;
      const had = partial.get(id);
      partial.set(id, { score: Math.max(score, had?.score ?? 0), share: Math.max(share, had?.share ?? 0) });
    };
    // Related terms and places count for less; so do some of an unknown word's characters.
    for (const token of slot.related) for (const [id, score] of await hitsOf(token)) credit(id, score, slot.kind === 'place' ? RELATED_PLACE : RELATED_TERM);
    if (slot.parts.length) {
      const found = new Map<string, { n: number; score: number }>();
      for (const part of slot.parts) for (const [id, score] of await hitsOf(part)) found.set(id, { n: (found.get(id)?.n ?? 0) + 1, score: Math.max(score, found.get(id)?.score ?? 0) });
      for (const [id, f] of found) if (f.n > 1) credit(id, f.score, (PARTS_SHARE * f.n) / slot.parts.length);
    }
    slots.push({ slot, hits, partial });
  }
  const sets = new Map(await Promise.all(values.map(async (v) => [v, await withFeature(pf, v, typeNames)] as const)));
  const total = SEARCH_TYPES.reduce((n, t) => n + (sets.get(feature.kind(t))?.size ?? 0), 0);
  const features = (id: string) => new Set(values.filter((v) => sets.get(v)?.has(id)));
  return { ranked: rankResults(slots, features, q.intent, total), result: (id) => all.get(id) };
}
