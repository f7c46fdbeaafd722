/**
 * Result excerpts, made on the search page from a record's stored text (not Pagefind's excerpt,
 * which would centre on the tokens appended for search and cut Chinese at segment marks).
 * Returns plain-text pieces; the page renders the marked ones in <mark>.
 */
import { foldText as fold, TOKEN_SEPARATOR } from './normalize.ts';

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** The record's own text: without the appended search tokens and Pagefind's segment marks. */
export function recordText(content: string): string {
  const cut = content.indexOf(TOKEN_SEPARATOR);
  return (cut >= 0 ? content.slice(0, cut) : content).replace(/\u200B/gu, '').replace(/\s+/gu, ' ').trim();
}


/**
 * An excerpt of about `length` characters around the first occurrence of the longest needle
 * found (matching ignores case and full-width forms), with every occurrence of a needle inside it marked.
 * Without any needle in the text, the excerpt is the text's beginning.
 */
export function makeExcerpt(text: string, needles: readonly string[], length: number): ExcerptPiece[] {
  const lower = fold(text);
  const wanted = [...new Set(needles.map((n) => fold(n).trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const first = wanted.map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  // Latin text: do not cut a word in two.
  if (start > 0 && /\w/u.test(text[start - 1]!)) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length && /\w/u.test(text[end]!)) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  // Marked spans inside the window, longest needle first, without overlaps.
  const spans: [number, number][] = [];
  for (const n of wanted) {
    for (let i = lower.indexOf(n, start); i >= 0 && i + n.length <= end; i = lower.indexOf(n, i + n.length)) {
      if (!spans.some(([a, b]) => i < b && i + n.length > a)) spans.push([i, i + n.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const pieces: ExcerptPiece[] = [];
  const plain = (s: string) => s && pieces.push({ text: s, mark: false });
  plain(start > 0 ? '…' : '');
  let at = start;
  for (const [a, b] of spans) {
    plain(text.slice(at, a));
    pieces.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  plain(text.slice(at, end));
  plain(end < text.length ? '…' : '');
  return pieces;
}
