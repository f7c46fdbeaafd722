/**
 * Chinese word segmentation, the same for the index and the query: `Intl.Segmenter('zh')`, the
 * segmenter the browser uses (and Pagefind uses on the query). Pagefind's own Chinese indexer
 * cuts text more finely and also indexes overlapping pieces (态环, 境保), which made the Chinese
 * index 2.5 times as large as its word count and every query fetch more of it. Text that is
 * already cut at word boundaries (marked with U+200B, which Pagefind drops from the stored text)
 * is indexed word by word, so index and query cut the same way.
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** The word boundary mark: a zero-width space, invisible and removed by Pagefind from stored text. */
export const WORD_MARK = '\u200B';

const HAN = /\p{Script=Han}/u;

/** The words of a text as the segmenter cuts it (word-like segments only: no spaces or punctuation). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of WORDS.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * The text with a word mark between two Chinese words that touch (森林覆盖率达到 →
 * 森林​覆盖率​达到); spaces, punctuation and Latin text stay as they are.
 */
export function markWords(text: string): string {
  let out = '';
  let previous = '';
  for (const { segment } of WORDS.segment(text)) {
    if (HAN.test(segment) && HAN.test(previous.at(-1) ?? '') && HAN.test(segment[0]!)) out += WORD_MARK;
    out += segment;
    previous = segment;
  }
  return out;
}
