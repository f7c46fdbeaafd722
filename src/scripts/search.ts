// The search page: loads Pagefind's search API (not its UI) on demand, searches the phrase
// first and then the words, and lists results that link straight to the paragraph.
import { normalizeQuery } from '../lib/search/normalize.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return engine;
}

/** Phrase first (precise), then the words (recall); results merged in that order. */
export async function searchPlan(pf: Pagefind, query: string, filters: Record<string, string>, limit = 30) {
  const q = normalizeQuery(query);
  if (!q) return [];
  const seen = new Set<string>();
  const merged: PagefindResult[] = [];
  const phrase = /\s/u.test(q) || /\p{Script=Han}/u.test(q) ? (await pf.search(`"${q}"`, { filters })).results : [];
  const add = (results: PagefindResult[]) => {
    for (const r of results) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        merged.push(r);
      }
    }
  };
  add(phrase);
  if (merged.length < limit) add((await pf.search(q, { filters })).results);
  // Few results with every word: add results ranked by how many of the query's words they hold
  // (黑臭水体 still finds 黑臭河段).
  if (merged.length < 3) {
    const words: string[] = [];
    let run = '';
    // Single characters next to each other form one word (黑 + 臭 → 黑臭).
    for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(q)) {
      if (!s.isWordLike) continue;
      if (s.segment.length === 1) run += s.segment;
      else {
        if (run.length > 1) words.push(run);
        run = '';
        words.push(s.segment);
      }
    }
    if (run.length > 1) words.push(run);
    const hits = new Map<string, { r: PagefindResult; n: number; best: number }>();
    for (const w of words) {
      (await pf.search(w, { filters })).results.forEach((r, k) => {
        const h = hits.get(r.id) ?? { r, n: 0, best: k };
        h.n++;
        h.best = Math.min(h.best, k);
        hits.set(r.id, h);
      });
    }
    add([...hits.values()].sort((a, b) => b.n - a.n || a.best - b.best).map((h) => h.r));
  }
  return merged.slice(0, limit);
}

/** Results are shown ten at a time: only their excerpts are fetched. */
const PAGE = 10;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const status = document.querySelector<HTMLElement>('[data-status]');
  if (!form || !list || !status) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = { type: form.elements.namedItem('type') as HTMLSelectElement, chapter: form.elements.namedItem('chapter') as HTMLSelectElement };
  const bundle = form.dataset.bundle!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // The filters take their place at once (no layout shift); their lists fill in later.
  form.querySelector<HTMLElement>('[data-filters]')!.hidden = false;
  // A shared link's filters apply to the first search, before the full lists are loaded.
  for (const [name, select] of Object.entries(selects)) {
    const v = params.get(name);
    if (v) {
      select.add(new Option(v, v));
      select.value = v;
    }
  }
  const say = (key: 'searching' | 'count' | 'none' | 'failed', vars: Record<string, string> = {}) => {
    status.textContent = Object.entries(vars).reduce((s, [k, v]) => s.replace(`{${k}}`, v), status.dataset[key] ?? '');
  };

  const run = async () => {
    const query = input.value.trim();
    const filters = Object.fromEntries(Object.entries(selects).filter(([, s]) => s.value).map(([k, s]) => [k, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    say('searching');
    try {
      const pf = await loadPagefind(bundle);
      const results = await searchPlan(pf, query, filters);
      let shown = 0;
      const more = document.querySelector<HTMLButtonElement>('[data-more]');
      const showMore = async () => {
        const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
        shown += batch.length;
        for (const r of batch) {
          const li = document.createElement('li');
          li.className = 'search-result';
          const a = document.createElement('a');
          const [path, hash] = r.url.split('#');
          a.href = `${path}?hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
          a.textContent = r.meta.title ?? r.url;
          const h = document.createElement('h2');
          h.append(a);
          const crumb = document.createElement('p');
          crumb.className = 'search-result__crumb';
          crumb.textContent = r.meta.crumb ?? '';
          const excerpt = document.createElement('p');
          excerpt.className = 'search-result__excerpt';
          excerpt.innerHTML = r.excerpt; // Pagefind's excerpt of our own text, with <mark>
          li.append(h, crumb, excerpt);
          list.append(li);
        }
        if (more) more.hidden = shown >= results.length;
      };
      if (more) more.onclick = () => void showMore();
      await showMore();
      if (results.length) say('count', { count: String(results.length), query });
      else say('none', { query });
    } catch {
      say('failed');
    }
  };

  // Filters are offered once the engine knows them (after the first results, or when idle).
  const offerFilters = async () => {
    const pf = await loadPagefind(bundle);
    const available = await pf.filters();
    for (const [name, select] of Object.entries(selects)) {
      const present = new Set([...select.options].map((o) => o.value));
      for (const value of Object.keys(available[name] ?? {}).sort()) if (!present.has(value)) select.add(new Option(value, value));
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  for (const s of Object.values(selects)) s.addEventListener('change', () => void run());
  if (input.value) void run().then(offerFilters);
  else if ('requestIdleCallback' in window) requestIdleCallback(() => void offerFilters());
  else void offerFilters();
}
