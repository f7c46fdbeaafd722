// The search page: loads Pagefind's search API (not its UI) on demand; searches the plan's own
// terms by their index tokens, other queries as a phrase first and then as words; lists results
// that link straight to the paragraph, with an excerpt made from the record's text.
import { queryTerms, type SearchDictionary } from '../search/dictionary.ts';
import { makeExcerpt, recordText } from '../search/excerpt.ts';
import { normalizeQuery, normalizeText } from '../search/normalize.ts';
import { fill } from '../i18n/format.ts';
import { LOCALES } from '../i18n/locales.ts';
import { RESULT_GROUPS, type SearchType } from '../search/search-types.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string | { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}

let engine: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  if (!engine) {
    engine = (async () => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.init();
      return pf;
    })();
    // A failed load (offline, nothing saved) is tried again by the next search.
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/**
 * The plan's terms by their tokens (one index chunk, whole terms only); other queries as a
 * phrase first (precise), then as words (recall). Results are merged in that order; `needles`
 * are the strings the excerpts mark.
 */
export async function searchPlan(pf: Pagefind, query: string, filters: Record<string, string>, dictionary: SearchDictionary, typeNames: Readonly<Record<SearchType, string>>, limit = 30) {
  // Unless the reader picked a type, the plan's own records come before the lessons and the guide.
  const groups = filters.type ? [filters] : RESULT_GROUPS.map((g) => ({ ...filters, type: { any: g.map((k) => typeNames[k]) } }));
  const find = async (term: string) => (await Promise.all(groups.map((f) => pf.search(term, { filters: f })))).flatMap((r) => r.results);
  const q = normalizeQuery(query);
  const needles = [normalizeText(query).trim()];
  if (!q) return { results: [], needles };
  const seen = new Set<string>();
  const merged: PagefindResult[] = [];
  const add = (results: PagefindResult[]) => {
    for (const r of results) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        merged.push(r);
      }
    }
  };
  const terms = queryTerms(dictionary, query);
  if (terms) {
    add(await find(terms.tokens.join(' ')));
    needles.push(...terms.forms);
    // Enough records hold the whole term: no need to fetch the index chunks of its parts.
    if (merged.length >= 3) return { results: merged.slice(0, limit), needles };
  }
  // Not (only) terms: the excerpts mark the query's words too.
  needles.push(...normalizeText(query).split(/\s+/u));
  if (/\s/u.test(q) || /\p{Script=Han}/u.test(q)) add(await find(`"${q}"`));
  if (merged.length < limit) add(await find(q));
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
      (await find(w)).forEach((r, k) => {
        const h = hits.get(r.id) ?? { r, n: 0, best: k };
        h.n++;
        h.best = Math.min(h.best, k);
        hits.set(r.id, h);
      });
    }
    add([...hits.values()].sort((a, b) => b.n - a.n || a.best - b.best).map((h) => h.r));
    needles.push(...words);
  }
  return { results: merged.slice(0, limit), needles };
}


/** Text into an element; on an English page, Chinese runs (a glossary entry's term) get lang="zh-CN". */
function appendText(el: HTMLElement, text: string, lang: 'zh' | 'en'): void {
  if (lang === 'zh') {
    el.append(text);
    return;
  }
  for (const part of text.split(/(\p{Script=Han}[\p{Script=Han}\p{P}]*)/u)) {
    if (!part) continue;
    if (/\p{Script=Han}/u.test(part)) el.append(Object.assign(document.createElement('span'), { lang: 'zh-CN', textContent: part }));
    else el.append(part);
  }
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
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const dictionary: SearchDictionary = { lang, terms: JSON.parse(form.dataset.dictionary ?? '[]') };
  const typeNames = JSON.parse(form.dataset.typeNames ?? '{}') as Record<SearchType, string>;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // The filters (their values written at build time) show once search can run.
  form.querySelector<HTMLElement>('[data-filters]')!.hidden = false;
  for (const [name, select] of Object.entries(selects)) {
    const v = params.get(name);
    if (v && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  const say = (key: 'searching' | 'count' | 'none' | 'failed' | 'offline', vars: Record<string, string> = {}) => {
    status.textContent = fill(status.dataset[key] ?? '', vars);
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
      const { results, needles } = await searchPlan(pf, query, filters, dictionary, typeNames);
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
          for (const piece of makeExcerpt(recordText(r.content), needles, LOCALES[lang].excerpt)) {
            const into = piece.mark ? excerpt.appendChild(document.createElement('mark')) : excerpt;
            appendText(into, piece.text, lang);
          }
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
      // Offline, search runs on the index saved on this device; without one it cannot.
      say(navigator.onLine ? 'failed' : 'offline');
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  for (const s of Object.values(selects)) s.addEventListener('change', () => void run());
  if (input.value) void run();
}
