const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a Chinese numeral below 100 as used for chapter and section numbers
 * (`一`, `十`, `十四`, `二十三`). Returns undefined for anything else.
 */
export function chineseNumeralValue(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

/** Digits written with Chinese characters, one per digit (`二〇二二` → `2022`). */
export function chineseDigitsToArabic(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    out += String(d);
  }
  return out;
}

/** A number below 100 as a Chinese numeral, as chapter and section labels write it (4 → 四, 14 → 十四). */
export function chineseNumeral(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`no Chinese numeral for ${n}`);
  if (n < 10) return digits[n]!;
  const [tens, units] = [Math.floor(n / 10), n % 10];
  return `${tens === 1 ? '' : digits[tens]}十${units ? digits[units] : ''}`;
}
