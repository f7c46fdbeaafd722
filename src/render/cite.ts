import type { Translator } from '../i18n/text/index.ts';
import { chineseDigitsToArabic, chineseNumeralValue } from '../parser/chinese-numerals.ts';
import type { TitleBlock } from '../parser/types.ts';

/** `二〇二二年二月` → `2022年2月` (a citation should be easy to read and search). */
export function arabicDate(date: string): string {
  const m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月$/u.exec(date);
  const year = m && chineseDigitsToArabic(m[1]!);
  const month = m && chineseNumeralValue(m[2]!);
  return year && month ? `${year}年${month}月` : date;
}

/**
 * A ready-to-paste citation of the plan, or of a place in it, in the reader's language:
 * title, issuing body, date, the place (chapter/section/box) and the link with its anchor.
 */
export function citation(text: Pick<Translator, 't'>, title: TitleBlock, where: string, url: string): string {
  return text.t('cite.plan', {
    title: title.title,
    period: title.period,
    issuer: title.issuer,
    date: arabicDate(title.date),
    where: where ? text.t('cite.where', { where }) : '',
    url,
  });
}
