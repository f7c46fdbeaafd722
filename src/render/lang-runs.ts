/**
 * Splits a text in a translation into runs of Chinese and of everything else, so that quoted
 * Chinese (a term, a character on a drain cover) can be marked `lang="zh-CN"` for screen readers,
 * fonts and line breaking. Chinese punctuation sticks to the Chinese run it belongs to.
 */
export interface LangRun {
  text: string;
  zh: boolean;
}

const CHINESE = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*/gu;

export function langRuns(text: string): LangRun[] {
  const runs: LangRun[] = [];
  let at = 0;
  for (const m of text.matchAll(CHINESE)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
