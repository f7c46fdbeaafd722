/**
 * Sentences of a record's text, and the one that best answers a query: used twice, by the
 * search page to order the first results by the sentence that answers (rerank.ts), and on
 * arrival to highlight that sentence in a long paragraph (client/highlight.ts).
 */
import { foldText, normalizeText } from './normalize.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where each sentence of a text starts and ends (after 。！？；!?, a full stop and a space, or a line break). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const end = /[。！？；!?]+[”’」』）)]*|\.(?=\s+\S)|\.$|\n/gu;
  let start = 0;
  for (const m of text.matchAll(end)) {
    const stop = m.index + m[0].length;
    if (text.slice(start, stop).trim()) out.push({ start, end: stop });
    start = stop;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  // Leading spaces belong to no sentence.
  return out.map((s) => {
    let a = s.start;
    while (a < s.end && /\s/u.test(text[a]!)) a++;
    return { start: a, end: s.end };
  });
}

/** How well a sentence answers: the share of the query's needles it holds, plus half for a number when one is asked for. */
export function sentenceScore(sentence: string, needles: readonly string[], wantsNumber: boolean): number {
  const s = normalizeText(sentence);
  const wanted = needles.filter((n) => n.length > 0);
  const held = wanted.filter((n) => s.includes(n)).length;
  return (wanted.length ? held / wanted.length : 0) + (wantsNumber && /\d/u.test(s) ? 0.5 : 0);
}

/**
 * The sentence that best answers (most needles held, then most often; with a number when one is
 * asked for), or null when no sentence holds any needle. A heading-short line (under 12
 * characters) is chosen only when nothing longer holds a needle. `needles` are normalised.
 */
export function bestSentence(text: string, needles: readonly string[], wantsNumber = false): (Span & { score: number }) | null {
  let best: (Span & { score: number; short: boolean }) | null = null;
  for (const span of sentences(text)) {
    const part = normalizeText(text.slice(span.start, span.end));
    const times = needles.reduce((n, w) => n + (w ? part.split(w).length - 1 : 0), 0);
    if (times === 0) continue;
    const score = sentenceScore(part, needles, wantsNumber) + 0.05 * Math.min(times, 6);
    const short = part.trim().length < 12;
    if (!best || (best.short && !short) || (best.short === short && score > best.score)) best = { ...span, score, short };
  }
  return best && { start: best.start, end: best.end, score: best.score };
}

/** What to mark where a search result lands: the needles wherever they stand, and the sentence that answers. */
export interface Highlight {
  /** The sentence to mark, in a text long enough to need it (two sentences or more, 100 characters or more). */
  sentence: Span | null;
  words: Span[];
}

export function planHighlight(text: string, needles: readonly string[]): Highlight {
  const folded = foldText(text);
  const wanted = [...new Set(needles.map((n) => foldText(n.normalize('NFKC')).trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const words: Span[] = [];
  for (const n of wanted) {
    for (let i = folded.indexOf(n); i >= 0; i = folded.indexOf(n, i + n.length)) {
      if (!words.some((w) => i < w.end && i + n.length > w.start)) words.push({ start: i, end: i + n.length });
    }
  }
  words.sort((a, b) => a.start - b.start);
  const long = text.trim().length >= 100 && sentences(text).length >= 2;
  const best = long ? bestSentence(text, wanted.map((n) => normalizeText(n))) : null;
  return { sentence: best && { start: best.start, end: best.end }, words };
}
