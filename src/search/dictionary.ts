/**
 * The search dictionary: the plan's official terms (from the glossary), each with one index token.
 *
 * Why: Pagefind splits its index into chunks of about 20,000 word positions, sorted by word, and a
 * query fetches the chunk of every word it holds. A Chinese term such as 森林覆盖率 or 生态保护红线
 * is split into several words at query time, so its first search fetched two or three chunks of
 * about 33 KB each. Every record that contains a term also carries the term's token (`zzt…q`),
 * and a query that consists of known terms searches their tokens instead: one word, one chunk
 * (all tokens sort together), and only records that hold the whole term.
 */
import { pick } from '../i18n/locales.ts';
import { normalizeText } from './normalize.ts';

export type SearchLang = 'zh' | 'en';

export interface DictionaryTerm {
  /** The index token, e.g. `zztriverchiefq`: lower-case Latin letters only. */
  token: string;
  /** The written forms that stand for the term in this language, normalised (see normalizeText). */
  forms: string[];
}

/** Dictionary for one language: terms, longest forms first (for greedy matching). */
export interface SearchDictionary {
  lang: SearchLang;
  terms: DictionaryTerm[];
}

/** What the dictionary reads of a glossary term (from the collection or from glossary.json). */
export interface GlossarySource {
  id: string;
  zh: string;
  en: string;
  /** Other Chinese spellings: a list, or space-separated (as in glossary.json). */
  variants?: string | readonly string[] | null;
}

/**
 * Letters only, so that no segmenter or stemmer splits or trims the token: digits become letters
 * (five-year-plan-14 → zztfiveyearplanbeq); the prefix sorts every token into one index chunk and
 * the closing `q` keeps one token from being the prefix of another (Pagefind matches prefixes).
 */
export function termToken(id: string): string {
  const letters = id.toLowerCase().replace(/\d/gu, (d) => 'abcdefghij'[Number(d)]!).replace(/[^a-z]/gu, '');
  if (!letters) throw new Error(`search dictionary: glossary id "${id}" has no letters or digits`);
  return `zzt${letters}q`;
}

export function buildDictionary(glossary: readonly GlossarySource[], lang: SearchLang): SearchDictionary {
  const seen = new Map<string, string>();
  const terms = glossary.map((g) => {
    const token = termToken(g.id);
    const other = seen.get(token);
    if (other) throw new Error(`search dictionary: glossary ids "${other}" and "${g.id}" give the same token ${token}`);
    seen.set(token, g.id);
    const variants = typeof g.variants === 'string' ? g.variants.split(/\s+/u) : (g.variants ?? []);
    // Chinese text is searched by the term and its variants; a translation by its one rendering.
    const written = pick(lang, { zh: [g.zh, ...variants], en: [g.en] });
    const forms = [...new Set(written.map((w) => normalizeText(w).trim()).filter((w) => w.length > 0))];
    return { token, forms };
  });
  return { lang, terms };
}

const isLatin = (c: string | undefined) => c !== undefined && /[\p{Script=Latin}\d]/u.test(c);

/** Where `form` occurs in `text` (both normalised); Latin forms only as whole words. */
function occurrences(text: string, form: string): number[] {
  const at: number[] = [];
  const latin = isLatin(form[0]);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (latin && (isLatin(text[i - 1]) || isLatin(text[i + form.length]))) continue;
    at.push(i);
  }
  return at;
}

/** The tokens of the terms a text contains, one per occurrence (so frequent terms rank higher). */
export function termTokens(dictionary: SearchDictionary, text: string): string[] {
  const normal = normalizeText(text);
  const out: string[] = [];
  for (const term of dictionary.terms) {
    // A variant that contains the main form (河湖长制 / 河长制) is one occurrence, not two.
    const starts = new Set(term.forms.flatMap((f) => occurrences(normal, f)));
    for (let k = 0; k < starts.size; k++) out.push(term.token);
  }
  return out;
}

/**
 * The query as term tokens, when it consists of known terms only (spaces and punctuation
 * between them allowed): 河长制 → [zztriverchiefq]; 碳达峰 碳中和 → two tokens. Otherwise null.
 * `forms` are all the written forms of those terms.
 */
export function queryTerms(dictionary: SearchDictionary, query: string): { tokens: string[]; forms: string[] } | null {
  const q = normalizeText(query).trim();
  if (!q) return null;
  const forms = dictionary.terms.flatMap((t) => t.forms.map((form) => ({ form, token: t.token }))).sort((a, b) => b.form.length - a.form.length);
  const tokens: string[] = [];
  let i = 0;
  while (i < q.length) {
    if (/[\s\p{P}]/u.test(q[i]!)) {
      i++;
      continue;
    }
    const hit = forms.find(({ form }) => q.startsWith(form, i) && !(isLatin(form.at(-1)) && isLatin(q[i + form.length])));
    if (!hit) return null;
    if (!tokens.includes(hit.token)) tokens.push(hit.token);
    i += hit.form.length;
  }
  // Every written form of the terms found (河长制 → also 河湖长制), for the excerpts to mark.
  const matched = dictionary.terms.filter((t) => tokens.includes(t.token)).flatMap((t) => t.forms);
  return tokens.length ? { tokens, forms: matched } : null;
}
