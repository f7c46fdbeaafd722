/**
 * Number fidelity between a Chinese text and its English translation.
 *
 * Rules (documented in the README, "Translations"):
 * - Arabic numbers must appear in the English as written (thousands separators ignored;
 *   full-width digits read as ASCII).
 * - A number followed by 万 (10^4) or 亿 (10^8) may instead appear converted:
 *   `114.7亿元` → `CNY 11.47 billion`, `4.6亿` → `460 million`, `3万亩` → `30,000 mu`,
 *   `195万立方米` → `1.95 million`.
 * - `【1】` note marks become `[1]` (any form containing the digit passes).
 * - Chinese numerals that carry a quantity must appear as digits or English words:
 *   digit-by-digit years (`二〇二二` → 2022), five-year periods (`十四五` → 14th),
 *   ordinals (`第一` → first/1st/1) and counts of two or more before a measure word
 *   (`四个大区` → four/4; `一批`, `一个` read as “a” and are not counted).
 */

const FULLWIDTH = /[０-９．]/gu;
const toAscii = (s: string) => s.replace(FULLWIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const SECTOR: Record<number, string> = { 1: 'primary', 2: 'secondary', 3: 'tertiary' };
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** Value of a small Chinese numeral (一 … 九十九). */
function cnValue(s: string): number | undefined {
  if (s.length === 1) return s === '十' ? 10 : CN_DIGIT[s];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (!m) return undefined;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
}

export interface ExpectedNumber {
  /** The number as it stands in the Chinese. */
  source: string;
  /** Accepted English forms (any one must occur). */
  accept: string[];
}

const fmt = (v: number) => {
  const r = Math.round(v * 1e6) / 1e6;
  return String(r);
};

/** Numbers a Chinese text states, each with the English forms that keep it. */
export function expectedNumbers(zh: string): ExpectedNumber[] {
  const text = toAscii(zh);
  const out: ExpectedNumber[] = [];
  for (const m of text.matchAll(/([A-Za-z]*)(\d+(?:\.\d+)?)([A-Za-z]*)(?:\s*(万|亿))?/gu)) {
    const [whole, before, num, after, mult] = m as unknown as [string, string, string, string, string | undefined];
    // A number inside a Latin token (PM2.5, 4S, D6) must keep the token.
    const accept = before ? [before + num + after, `${before} ${num}${after}`] : [num + after];
    if (mult) {
      const v = Number(num) * (mult === '万' ? 1e4 : 1e8);
      if (v >= 1e9) accept.push(`${fmt(v / 1e9)} billion`);
      if (v >= 1e6) accept.push(`${fmt(v / 1e6)} million`);
      if (v < 1e9 && Number.isInteger(v)) accept.push(String(v));
    }
    out.push({ source: whole, accept });
  }
  // Years written digit by digit: 二〇二二
  for (const m of text.matchAll(/[〇零一二三四五六七八九]{4}(?=年)/gu)) {
    out.push({ source: m[0], accept: [[...m[0]].map((c) => CN_DIGIT[c]).join('')] });
  }
  // Five-year periods: 十三五, 十四五
  for (const m of text.matchAll(/(十[一二三四五六七八九])五/gu)) {
    const n = cnValue(m[1]!)!;
    out.push({ source: m[0], accept: [`${n}th`, ORDINALS[n]!] });
  }
  // Ordinals: 第一轮, 第六环保督察组, 第十四个五年 (chapter/section labels are interface text)
  for (const m of text.matchAll(/第([一二三四五六七八九十]{1,3})(?![章节])/gu)) {
    const n = cnValue(m[1]!);
    // 第一/二/三产业 are the primary, secondary and tertiary sectors.
    if (n !== undefined) out.push({ source: m[0], accept: [String(n), `${n}st`, `${n}nd`, `${n}rd`, `${n}th`, ORDINALS[n] ?? '', SECTOR[n] ?? ''] });
  }
  // Counts before a measure word: 四个大区, 六大类, 两项 (一个/一批 mean "a", not a count)
  for (const m of text.matchAll(/(?<![第十一二三四五六七八九])([二两三四五六七八九十])(?=[个项大类条座家])/gu)) {
    const n = cnValue(m[1]!)!;
    out.push({ source: m[0] + text[m.index! + 1], accept: [String(n), WORDS[n] ?? '', ORDINALS[n] ?? ''] });
  }
  return out;
}

/** Words and numbers of the English, normalised for matching (lower case, separators dropped). */
function englishForm(en: string): string {
  return ` ${en.toLowerCase().replace(/(\d),(?=\d{3})/gu, '$1').replace(/[^\p{L}\p{N}.\s]/gu, ' ').replace(/\s+/gu, ' ')} `;
}

/** The Chinese numbers the English does not keep (empty when faithful). */
export function missingNumbers(zh: string, en: string): string[] {
  const hay = englishForm(en);
  const has = (form: string) => {
    if (!form) return false;
    const f = form.toLowerCase();
    // a whole token: not part of a longer number or word
    const re = new RegExp(`(?<![\\p{L}\\p{N}.])${f.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}]|\\.\\d)`, 'u');
    return re.test(hay);
  };
  return expectedNumbers(zh).filter((n) => !n.accept.some(has)).map((n) => n.source);
}
