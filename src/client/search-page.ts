// The search page: understands the query (query.ts), searches and ranks (search-engine.ts),
// shows an answer card when the query asks for an indicator, a commitment, a term or a place,
// and lists results that link straight to the paragraph or section, with an excerpt made from
// the record's text. The engine starts loading as soon as the search box is used.
import { fill } from '../i18n/format.ts';
import { LOCALES } from '../i18n/locales.ts';
import { unpackDictionary } from '../search/dictionary.ts';
import { makeExcerpt, recordText } from '../search/excerpt.ts';
import { understandQuery } from '../search/query.ts';
import { cardAnswers, cardCandidates } from '../search/rank.ts';
import { rerank } from '../search/rerank.ts';
import { SHOW_FILTER, type SearchType, type ShownRecord } from '../search/search-types.ts';
import { showCard } from './answer-card.ts';
import { loadEngine, searchQuery, type PagefindFragment } from './search-engine.ts';

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

const shown = (r: PagefindFragment): ShownRecord => JSON.parse(r.filters[SHOW_FILTER]?.[0] ?? '{}') as ShownRecord;

/** Results are shown ten at a time: only their records are fetched. */
const PAGE = 10;
/** At most this many results are listed. */
const LIMIT = 100;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const status = document.querySelector<HTMLElement>('[data-status]');
  const cardBox = document.querySelector<HTMLElement>('[data-card]');
  if (!form || !list || !status || !cardBox) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = { type: form.elements.namedItem('type') as HTMLSelectElement, chapter: form.elements.namedItem('chapter') as HTMLSelectElement };
  const bundle = form.dataset.bundle!;
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const dictionary = unpackDictionary(form.dataset.dictionary ?? '{"terms":[]}', lang);
  const typeNames = JSON.parse(form.dataset.typeNames ?? '{}') as Record<SearchType, string>;
  const put = (e: HTMLElement, text: string) => appendText(e, text, lang);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // The filters (their values written at build time) show once search can run.
  form.querySelector<HTMLElement>('[data-filters]')!.hidden = false;
  for (const [name, select] of Object.entries(selects)) {
    const v = params.get(name);
    if (v && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  // The engine loads while the reader types: it hides the wait, it does not add bytes.
  const warm = () => void loadEngine(bundle).catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', warm, { once: true });
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
    showCard(cardBox, undefined, '', put);
    if (!query) {
      status.textContent = '';
      return;
    }
    say('searching');
    try {
      const pf = await loadEngine(bundle);
      const understood = understandQuery(query, dictionary);
      const { ranked, result } = await searchQuery(pf, understood, filters, typeNames);
      const listed = ranked.filter((r, i) => i < PAGE || r.coverage >= 0.5).slice(0, LIMIT);
      // The words to mark where a result lands: what was searched, not the question around it.
      const marks = understood.slots.flatMap((s) => s.forms).join(' ') || query;
      let shownCount = 0;
      const more = document.querySelector<HTMLButtonElement>('[data-more]');
      const fetched = new Map<string, PagefindFragment>();
      const showMore = async () => {
        const batch = listed.slice(shownCount, shownCount + PAGE);
        const data = await Promise.all(batch.map((r) => result(r.id)!.data()));
        batch.forEach((r, i) => fetched.set(r.id, data[i]!));
        // The first page in the order of the sentences that answer (rerank.ts).
        if (shownCount === 0) {
          const order = rerank(batch.map((r) => ({ ...r, text: recordText(fetched.get(r.id)!.content), url: fetched.get(r.id)!.url })), understood);
          listed.splice(0, batch.length, ...order.map((o) => batch.find((r) => r.id === o.id)!));
          data.splice(0, data.length, ...order.map((o) => fetched.get(o.id)!));
        }
        shownCount += batch.length;
        for (const r of data) {
          const show = shown(r);
          const li = document.createElement('li');
          li.className = 'search-result';
          const a = document.createElement('a');
          const [path, hash] = r.url.split('#');
          a.href = `${path}?hl=${encodeURIComponent(marks)}${hash ? `#${hash}` : ''}`;
          put(a, show.title ?? r.url);
          const h = document.createElement('h2');
          h.append(a);
          const crumb = document.createElement('p');
          crumb.className = 'search-result__crumb';
          put(crumb, show.crumb ?? '');
          const excerpt = document.createElement('p');
          excerpt.className = 'search-result__excerpt';
          for (const piece of makeExcerpt(recordText(r.content), understood.needles, LOCALES[lang].excerpt)) put(piece.mark ? excerpt.appendChild(document.createElement('mark')) : excerpt, piece.text);
          li.append(h, crumb, excerpt);
          list.append(li);
        }
        if (more) more.hidden = shownCount >= listed.length;
      };
      if (more) more.onclick = () => void showMore();
      await showMore();
      const answer = cardCandidates(listed).find((r) => {
        const card = fetched.get(r.id) && shown(fetched.get(r.id)!).card;
        return card && cardAnswers(card, listed.indexOf(r), understood.slots, understood.intent);
      });
      showCard(cardBox, answer && shown(fetched.get(answer.id)!).card, cardBox.dataset.source ?? '', put);
      if (listed.length) say('count', { count: String(listed.length), query });
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
