/**
 * The search dictionary: the plan's official terms (from the glossary) and the places it names
 * (from the gazetteer), each with one index token.
 *
 * Why: Pagefind splits its index into chunks of about 20,000 word positions, sorted by word, and a
 * query fetches the chunk of every word it holds. A Chinese term such as 森林覆盖率 or 生态保护红线
 * is several words, so its search fetched two or three chunks. Every record that contains a term
 * or names a place also carries its token (`zzt…q` for terms, `zzp…q` for places), and the query
 * searches the token instead of the term's words: one word, one chunk (all tokens sort
 * together), and only records that hold the whole term.
 */
import { pick } from '../i18n/locales.ts';
import { normalizeText } from './normalize.ts';

export type SearchLang = 'zh' | 'en';

export interface DictionaryTerm {
  /** The index token, e.g. `zztriverchiefq`: lower-case Latin letters only. */
  token: string;
  /** The written forms that stand for the term in this language, normalised (see normalizeText). */
  forms: string[];
  kind: 'term' | 'place';
  /** The glossary or gazetteer id. */
  id: string;
  /** The topics of a glossary term. */
  topics?: string[];
  /**
   * Tokens that also count for this entry, ranked below it: terms written with the same
   * characters plus others in between (河长制 and 河湖长制); places named after a place or lying
   * in it (洛碛国家资源循环利用基地 for 洛碛).
   */
  related?: string[];
}

/** Dictionary for one language: terms and places, and the words that name each topic. */
export interface SearchDictionary {
  lang: SearchLang;
  terms: DictionaryTerm[];
  /** A topic's cue words: the words of its name (河流与饮水 → 河流, 饮水; Rivers and drinking water → rivers, drinking water). */
  topics?: { id: string; cues: string[] }[];
}

/** What the dictionary reads of a topic. */
export interface TopicSource {
  id: string;
  name: { zh: string; en: string };
}

/** What the dictionary reads of a glossary term (from the collection or from glossary.json). */
export interface GlossarySource {
  id: string;
  zh: string;
  en: string;
  /** Other Chinese spellings: a list, or space-separated (as in glossary.json). */
  variants?: string | readonly string[] | null;
  definition?: { zh: string; en: string } | undefined;
}

/**
 * The Latin abbreviation a definition gives in brackets after the term (细颗粒物（PM2.5）,
 * volatile organic compounds (VOCs)): readers type it, in either language.
 */
export function abbreviation(g: GlossarySource): string | null {
  const after = (text: string | undefined, name: string) =>
    text ? new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*[（(]([A-Za-z][A-Za-z0-9.₀-₉]*)[)）]`, 'iu').exec(text)?.[1] : undefined;
  const found = after(g.definition?.zh, g.zh) ?? after(g.definition?.en, g.en);
  return found ? normalizeText(found) : null;
}

/** What the dictionary reads of a place. */
export interface PlaceSource {
  id: string;
  zh: string;
  en: string;
  variants: readonly string[];
  /** Places named after this one or lying in it (洛碛国家资源循环利用基地 for 洛碛). */
  related?: readonly string[];
}

/**
 * Letters only, so that no segmenter or stemmer splits or trims the token: digits become letters
 * (five-year-plan-14 → zztfiveyearplanbeq); the prefix sorts every token into one index chunk and
 * the closing `q` keeps one token from being the prefix of another (Pagefind matches prefixes).
 */
export function termToken(id: string, prefix = 'zzt'): string {
  const letters = id.toLowerCase().replace(/\d/gu, (d) => 'abcdefghij'[Number(d)]!).replace(/[^a-z]/gu, '');
  if (!letters) throw new Error(`search dictionary: id "${id}" has no letters or digits`);
  return `${prefix}${letters}q`;
}

const normalForms = (written: readonly string[]) => [...new Set(written.map((w) => normalizeText(w).trim()).filter((w) => w.length > 0))];

/** `short`'s characters appear in `long` in order, with others in between (河长制 in 河湖长制). */
const spreadInside = (short: string, long: string) => {
  if (short.length < 3 || long.length <= short.length || long.includes(short)) return false;
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length && short[0] === long[0] && short.at(-1) === long.at(-1);
};

/** The cue words of a topic's name: its parts around 与, 和 and "and". */
export const topicCues = (name: string, lang: SearchLang): string[] =>
  normalizeText(name)
    .split(lang === 'zh' ? /[与和、]/u : /\s+and\s+|,\s*/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 1);

export function buildDictionary(
  glossary: readonly GlossarySource[],
  lang: SearchLang,
  places: readonly PlaceSource[] = [],
  topics: { list: readonly TopicSource[]; of: (id: string) => readonly string[] } = { list: [], of: () => [] },
): SearchDictionary {
  const seen = new Map<string, string>();
  const entry = (id: string, prefix: string, kind: DictionaryTerm['kind'], written: readonly string[]): DictionaryTerm => {
    const token = termToken(id, prefix);
    const other = seen.get(token);
    if (other) throw new Error(`search dictionary: ids "${other}" and "${id}" give the same token ${token}`);
    seen.set(token, id);
    return { token, forms: normalForms(written), kind, id };
  };
  const terms = glossary.map((g) => {
    const variants = typeof g.variants === 'string' ? g.variants.split(/\s+/u) : (g.variants ?? []);
    // Chinese text is searched by the term and its variants; a translation by its one rendering.
    const short = abbreviation(g);
    const term = entry(g.id, PREFIX.term, 'term', [...pick(lang, { zh: [g.zh, ...variants], en: [g.en] }), ...(short ? [short] : [])]);
    const of = topics.of(g.id);
    return of.length ? { ...term, topics: [...of] } : term;
  });
  // Related by their Chinese forms, in both languages (the English renderings differ).
  const zhForms = new Map(glossary.map((g) => [g.id, normalForms([g.zh, ...(typeof g.variants === 'string' ? g.variants.split(/\s+/u) : (g.variants ?? []))])]));
  for (const t of terms) {
    const mine = zhForms.get(t.id)!;
    const related = terms.filter((o) => o !== t && zhForms.get(o.id)!.some((f) => mine.some((m) => spreadInside(m, f) || spreadInside(f, m))));
    if (related.length) t.related = related.map((o) => o.token);
  }
  const named = places.map((p) => entry(p.id, PREFIX.place, 'place', pick(lang, { zh: [p.zh, ...p.variants], en: [p.en] })));
  places.forEach((p, i) => {
    if (p.related?.length) named[i]!.related = p.related.map((id) => termToken(id, PREFIX.place));
  });
  const cues = topics.list.map((t) => ({ id: t.id, cues: topicCues(pick(lang, t.name), lang) }));
  return { lang, terms: [...terms, ...named], ...(cues.length ? { topics: cues } : {}) };
}

/** A dictionary entry as the search page carries it: [id, forms, kind, related ids, topics]. */
type PackedTerm = [string, string[], 't' | 'p', string[]?, string[]?];

const PREFIX = { term: 'zzt', place: 'zzp' } as const;

/**
 * The dictionary in the compact form the search page carries in its HTML: tokens are made
 * again from the ids (termToken), related entries are given by id.
 */
export function packDictionary(d: SearchDictionary): string {
  const idOf = new Map(d.terms.map((t) => [t.token, t.id]));
  const packed = d.terms.map((t): PackedTerm => {
    const entry: PackedTerm = [t.id, t.forms, t.kind === 'term' ? 't' : 'p'];
    if (t.related?.length || t.topics?.length) entry.push((t.related ?? []).map((r) => idOf.get(r)!));
    if (t.topics?.length) entry.push(t.topics);
    return entry;
  });
  return JSON.stringify({ terms: packed, topics: d.topics ?? [] });
}

export function unpackDictionary(json: string, lang: SearchLang): SearchDictionary {
  const { terms, topics } = JSON.parse(json) as { terms: PackedTerm[]; topics: SearchDictionary['topics'] };
  return {
    lang,
    terms: terms.map(([id, forms, k, related, tops]) => {
      const kind = k === 't' ? 'term' : 'place';
      return { token: termToken(id, PREFIX[kind]), forms, kind, id, ...(related?.length ? { related: related.map((r) => termToken(r, PREFIX[kind])) } : {}), ...(tops?.length ? { topics: tops } : {}) };
    }),
    ...(topics?.length ? { topics } : {}),
  };
}

const isLatin = (c: string | undefined) => c !== undefined && /[\p{Script=Latin}\d]/u.test(c);

/** Where `form` occurs in `text` (both normalised); Latin forms only as whole words. */
export function occurrences(text: string, form: string): number[] {
  const at: number[] = [];
  const latin = isLatin(form[0]);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (latin && (isLatin(text[i - 1]) || isLatin(text[i + form.length]))) continue;
    at.push(i);
  }
  return at;
}

/**
 * The tokens of the glossary terms a text contains, one per occurrence (so frequent terms rank
 * higher). Places are tagged by the gazetteer's matcher (see search-records.ts).
 */
export function termTokens(dictionary: SearchDictionary, text: string): string[] {
  const normal = normalizeText(text);
  const out: string[] = [];
  for (const term of dictionary.terms) {
    if (term.kind !== 'term') continue;
    // A variant that contains the main form (河湖长制 / 河长制) is one occurrence, not two.
    const starts = new Set(term.forms.flatMap((f) => occurrences(normal, f)));
    for (let k = 0; k < starts.size; k++) out.push(term.token);
  }
  return out;
}

/** A dictionary entry found in a query. */
export interface FoundTerm {
  term: DictionaryTerm;
  start: number;
  end: number;
}

/**
 * The terms and places a (normalised) query names, longest first and without overlaps
 * (生态保护红线 before 红线; 御临河流域 before 御临河); Latin forms as whole words only.
 */
export function findTerms(dictionary: SearchDictionary, query: string): FoundTerm[] {
  const forms = dictionary.terms.flatMap((term) => term.forms.map((form) => ({ form, term }))).sort((a, b) => b.form.length - a.form.length);
  const found: FoundTerm[] = [];
  for (const { form, term } of forms) {
    for (const start of occurrences(query, form)) {
      const end = start + form.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      if (!found.some((f) => f.term === term)) found.push({ term, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
