/**
 * Sentences of a record's text, and the one that best answers a query: used twice, by the
 * search page to order the first results by the sentence that answers (rerank.ts), and on
 * arrival to highlight that sentence in a long paragraph (client/highlight.ts).
 */
import { normalizeText } from './normalize.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where each sentence of a text starts and ends (after 。！？；!? or a full stop and a space). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const end = /[。！？；!?]+[”’」』）)]*|\.(?=\s+\S)|\.$/gu;
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
 * The sentence that best answers (most needles held; with a number when one is asked for), or
 * null when no sentence holds any needle. `needles` are normalised (normalizeText).
 */
export function bestSentence(text: string, needles: readonly string[], wantsNumber = false): (Span & { score: number }) | null {
  let best: (Span & { score: number }) | null = null;
  for (const span of sentences(text)) {
    const part = text.slice(span.start, span.end);
    const score = sentenceScore(part, needles, wantsNumber);
    const holds = needles.some((n) => n && normalizeText(part).includes(n));
    if (holds && (!best || score > best.score)) best = { ...span, score };
  }
  return best;
}
