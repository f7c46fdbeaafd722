/**
 * Query understanding, one pure module for the search page: what to search for, and what the
 * query asks. Residents type questions (夜里工地施工太吵怎么办, 長江禁漁幾年, "how many EV
 * chargers will be built"); the index holds the plan's words. The query is normalised as the
 * index is (full-width forms, case, numbers), traditional characters become simplified, question
 * words and fillers go, everyday words become the plan's (噪音 → 噪声), terms and places become
 * their dictionary tokens, and the rest is cut into words as the index cuts it.
 */
import { findTerms, type DictionaryTerm, type SearchDictionary } from './dictionary.ts';
import { normalizeText, numberTokens } from './normalize.ts';
import { COMMON_PLACES, CUES, EN_PLAIN, EN_QUESTION, EN_STOP, UNIT_CUES, ZH_COMMON, ZH_EDGE, ZH_PLAIN, ZH_QUESTION, ZH_STOP } from './query-words.ts';
import { words as cutWords } from './segment.ts';
import { toSimplified } from './traditional.ts';

/** One thing the query looks for: a word, or a dictionary term or place (by its token). */
export interface QuerySlot {
  /**
   * What Pagefind is asked for: one word or token, or the characters of a word the segmenter
   * does not know as a phrase (`"鸣 笛"`: next to each other).
   */
  search: string;
  /** An unknown word's characters, each searched too: a record with some of them counts in part. */
  parts: string[];
  /** How the slot is written in the text (for marking excerpts and highlights). */
  forms: string[];
  kind: 'word' | 'term' | 'place';
  /** Tokens that also count, for less (related terms: 河湖长制 for 河长制). */
  related: string[];
  /** The dictionary id of a term or place. */
  id?: string;
  /** The word that asks whom to tell (report, 投诉, 举报): the ranking weighs it double. */
  cue?: boolean;
}

export interface QueryIntent {
  /** Asks for a target (目标, by 2025): 2025 indicators and commitments first. */
  target: boolean;
  /** Asks how things stand or stood (现在, 2020): the 2016–2020 results first. */
  past: boolean;
  /** Asks for an amount (多少, how many): records that hold a number first. */
  amount: boolean;
  /** Unit classes asked for (area, length, money, percent, decibel, days, count, mass). */
  units: string[];
  /** Asks what a term means: the glossary first. */
  definition: boolean;
  /** Asks when. */
  time: boolean;
  /** Asks for teaching material: the lessons first. */
  learn: boolean;
  /** Asks whom to tell or what to do about a problem. */
  report: boolean;
  /** Places the query names (gazetteer ids). */
  places: string[];
  /** Glossary terms the query names (ids). */
  terms: string[];
  /** Topics the query is about: by a word of a topic's name (噪声, water) or a term of the topic. */
  topics: string[];
}

export interface UnderstoodQuery {
  /** The query normalised (simplified, half-width, lower case). */
  text: string;
  slots: QuerySlot[];
  intent: QueryIntent;
  /** Strings to mark in excerpts: the slots' forms. */
  needles: string[];
  /**
   * Runs of the query as typed, between its question words (泰山电缆搬迁, 饮用水源地): a record
   * that holds one word for word is ranked up among the first results (rerank.ts).
   */
  phrases: string[];
  /**
   * Words of the query left out of the search by the budget (MAX_WORDS): not searched, they cost
   * no index chunk, but a first result whose text holds them is ranked up (rerank.ts).
   */
  unsearched: string[];
}

/**
 * At most this many index words are searched, the terms' and places' tokens counting as one
 * (they sort together): each word may fetch an index chunk of about 25 KB.
 */
export const MAX_WORDS = 4;

const HAN = /\p{Script=Han}/u;

/**
 * A word spelt in pinyin syllables (tongluo, yulin, luoqi): in English, only such a word is taken
 * for the start of a place's name (main, central are English words, not names).
 */
const PINYIN = new RegExp(
  `^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ue|ui|un|a|o|e|i|u|v)|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))+$`,
  'u',
);
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const wholeWord = (s: string) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(s)}(?![\\p{L}\\d])`, 'gu');

/**
 * What the query asks, from its cue words; `plain` is the query in the plan's words, `rest` the
 * query without its terms and places (覆盖率 names a term: no question for a number).
 */
function intentOf(text: string, plain: string, rest: string, dictionary: SearchDictionary, found: readonly DictionaryTerm[]): QueryIntent {
  const lang = dictionary.lang;
  const cues = CUES[lang];
  // Topics by the plan's words (噪音 is read as 噪声).
  const named = (dictionary.topics ?? []).filter((t) => t.cues.some((c) => (lang === 'zh' ? plain.includes(c) : wholeWord(c).test(plain)))).map((t) => t.id);
  const target = cues.target.test(text);
  // A rate (覆盖率) is a share, whether or not the question asks for a number.
  const units = UNIT_CUES[lang].filter(([re]) => re.test(text)).map(([, name]) => name);
  return {
    target,
    past: !target && cues.past.test(text),
    amount: cues.amount.test(rest) || UNIT_CUES[lang].some(([re]) => re.test(rest)),
    units: [...new Set(units)],
    definition: cues.definition.test(text),
    time: cues.time.test(text),
    learn: cues.learn.test(text),
    report: cues.report.test(text),
    places: found.filter((t) => t.kind === 'place' && !COMMON_PLACES.has(t.id)).map((t) => t.id),
    terms: found.filter((t) => t.kind === 'term').map((t) => t.id),
    topics: [...new Set([...named, ...found.flatMap((t) => t.topics ?? [])])],
  };
}

/** Everyday words replaced by the plan's, before terms are looked for (灰尘 → 扬尘). */
function plainWords(text: string, lang: 'zh' | 'en'): string {
  let out = text;
  if (lang === 'zh') for (const [plain, planWord] of ZH_PLAIN) if (plain.length > 1) out = out.replaceAll(plain, planWord);
  if (lang === 'en') for (const [plain, planWord] of EN_PLAIN) out = out.replace(wholeWord(plain), planWord);
  return out;
}

/** A word of the query: its written form and the index words that find it. */
interface QueryWord {
  form: string;
  search: string[];
}

/**
 * Chinese words of what is left of the query, fillers and question words removed. Characters the
 * segmenter leaves single next to each other (鸣 笛, 公 交 车: words it does not know) stay
 * together as one word of the query, searched by its characters.
 */
function chineseWords(rest: string): QueryWord[] {
  let text = rest.replace(/(\p{Script=Han})[不没]\1/gu, ' ').replace(/\d+\s*点(?:钟|半)?/gu, ' ');
  for (const q of ZH_QUESTION) text = text.replaceAll(q, ' ');
  const single = new Map(ZH_PLAIN.filter(([p]) => p.length === 1));
  const out: QueryWord[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push({ form: run.join(''), search: run });
    run = [];
  };
  for (const part of text.split(/\s+/u)) {
    for (const raw of cutWords(part)) {
      // 划了 → 划: a word of its own, not a character of an unknown word.
      const w = single.get(raw) ?? raw.replace(/(?<=.)了$/u, '');
      if (!w || ZH_STOP.has(w)) flush();
      else if (w.length === 1 && HAN.test(w) && raw.length === 1) run.push(w);
      else {
        flush();
        out.push({ form: w, search: [w] });
      }
    }
    flush();
  }
  return out;
}

/** English words of what is left of the query, question forms and stop words removed. */
function englishWords(rest: string): QueryWord[] {
  let text = ` ${rest} `;
  for (const q of EN_QUESTION) text = text.replace(wholeWord(q), ' ');
  return text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/gu, '').replace(/['’]s$/u, ''))
    .filter((w) => w.length > 1 && !EN_STOP.has(w))
    .map((w) => ({ form: w, search: [w] }));
}

/** The runs of the query between question words and fillers, three characters (two English words) or longer. */
function phrasesOf(plain: string, lang: 'zh' | 'en'): string[] {
  if (lang === 'en') {
    const runs = englishWords(plain).map((w) => w.form);
    return runs.length > 1 ? [runs.join(' ')] : [];
  }
  let text = plain.replace(/(\p{Script=Han})[不没]\1/gu, ' ');
  for (const q of ZH_QUESTION) text = text.replaceAll(q, ' ');
  const edge = (piece: string) => {
    const cut = cutWords(piece);
    while (cut.length && ZH_EDGE.has(cut[0]!)) cut.shift();
    while (cut.length && ZH_EDGE.has(cut.at(-1)!)) cut.pop();
    return cut.join('');
  };
  return text.split(/\s+/u).map(edge).filter((p) => [...p].length >= 3);
}

/** The places a query word begins the name of (铜锣 → 铜锣山, 铜锣峡), if it is not a name itself and begins few. */
function placesBegun(w: QueryWord, dictionary: SearchDictionary): DictionaryTerm[] {
  const nameLike = dictionary.lang === 'zh' ? w.form.length >= 2 && w.search.length === 1 : PINYIN.test(w.form);
  if (!nameLike) return [];
  const places = dictionary.terms.filter((t) => t.kind === 'place' && !COMMON_PLACES.has(t.id) && t.forms.some((f) => f.startsWith(w.form) && f !== w.form));
  return places.length <= 5 ? places : [];
}

/**
 * The words to search, in the query's order, the most telling first within `budget` index words;
 * an unknown word longer than what is left is searched by its first characters.
 */
function chooseWords(words: readonly QueryWord[], budget: number): QueryWord[] {
  const kept = new Map<QueryWord, QueryWord>();
  let left = budget;
  for (const w of [...words].sort((a, b) => priority(b) - priority(a))) {
    if (left <= 0) break;
    const cut = w.search.length > left ? { form: w.search.slice(0, left).join(''), search: w.search.slice(0, left) } : w;
    kept.set(w, cut);
    left -= cut.search.length;
  }
  return words.filter((w) => kept.has(w)).map((w) => kept.get(w)!);
}

/** Longer words first: a short word narrows least. Years last: the intent carries them. */
const priority = (w: QueryWord) => (/^20\d\d$/u.test(w.form) ? 0 : HAN.test(w.form) ? (w.search.length > 1 ? w.form.length : w.form.length * 2) : Math.min(w.form.length, 8)) + (/\d/u.test(w.form) ? 3 : 0);

export function understandQuery(query: string, dictionary: SearchDictionary): UnderstoodQuery {
  const lang = dictionary.lang;
  const text = (lang === 'zh' ? toSimplified(normalizeText(query)) : normalizeText(query)).replace(/\s+/gu, ' ').trim();
  // Terms and places as typed, then in what is left with everyday words made the plan's.
  const typed = findTerms(dictionary, text);
  let plain = '';
  let from = 0;
  for (const f of typed) {
    plain += plainWords(text.slice(from, f.start), lang) + text.slice(f.start, f.end);
    from = f.end;
  }
  plain = (plain + plainWords(text.slice(from), lang)).trim();
  const found = findTerms(dictionary, plain);
  // What is not a term or a place is searched word by word.
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += `${plain.slice(at, f.start)} `;
    at = f.end;
  }
  rest += plain.slice(at);
  const intent = intentOf(text, plain, rest, dictionary, found.map((f) => f.term));
  // Numbers the index holds by an alias (55% → 55pct, PM2.5 → pm25) are searched by it.
  const numbers = numberTokens(rest);
  for (const n of numbers) rest = rest.replace(n.form, ' ');
  const words = [...numbers.map((n) => ({ form: n.form, search: [n.alias] })), ...(lang === 'zh' ? chineseWords(rest) : englishWords(rest))];
  const terms: QuerySlot[] = [];
  for (const { term } of found) {
    if (!terms.some((s) => s.search === term.token)) terms.push({ search: term.token, parts: [], forms: term.forms, kind: term.kind, related: term.related ?? [], id: term.id });
  }
  // Words the plan uses everywhere (渝北) narrow nothing when there is anything else.
  const common = (s: { form: string; id?: string }) => ZH_COMMON.has(s.form) || (s.id !== undefined && COMMON_PLACES.has(s.id));
  const total = terms.length + words.length;
  const useful = <T extends { form: string; id?: string }>(list: T[]) => (total > 1 ? list.filter((x) => !common(x)) : list);
  const slots = useful(terms.map((t) => ({ ...t, form: t.forms[0]! }))).map(({ form: _form, ...t }) => t);
  const unique = useful(words).filter((w, i, all) => all.findIndex((o) => o.form === w.form) === i);
  // Part of a place's name (御临, 铜锣, tongluo): the places it begins also count, and rank as asked about.
  const begun = new Map(unique.map((w) => [w, placesBegun(w, dictionary)]));
  const tokens = slots.length > 0 || [...begun.values()].some((p) => p.length > 0);
  const kept = chooseWords(unique, MAX_WORDS - (tokens ? 1 : 0));
  for (const w of kept) {
    const places = begun.get(w) ?? [];
    for (const p of places) if (!intent.places.includes(p.id)) intent.places.push(p.id);
    const run = w.search.length > 1;
    const cue = intent.report && CUES[lang].report.test(w.form);
    slots.push({ search: run ? `"${w.search.join(' ')}"` : w.search[0]!, parts: run ? w.search : [], forms: [w.form], kind: places.length ? 'place' : 'word', related: places.map((p) => p.token), ...(cue ? { cue } : {}) });
  }
  // A query of fillers only (吗, what is) is searched as typed rather than not at all.
  if (slots.length === 0 && text) for (const w of cutWords(text).slice(0, MAX_WORDS)) slots.push({ search: w, parts: [], forms: [w], kind: 'word', related: [] });
  const unsearched = unique.filter((w) => !kept.some((k) => w.form.startsWith(k.form)) && [...w.form].length > 1).map((w) => w.form);
  return { text, slots, intent, needles: [...new Set([text, ...slots.flatMap((s) => s.forms)])], phrases: phrasesOf(plain, lang), unsearched };
}
