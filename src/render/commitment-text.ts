import type { Commitment } from '../core/schemas/commitment.ts';
import { LOCALES, pick, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import type { StringKey, Translator } from '../i18n/text/index.ts';

type Text = { locale: Locale } & Pick<Translator, 't'>;

const COMPARATORS: Record<Commitment['targets'][number]['comparator'], StringKey> = {
  '≥': 'target.atLeast',
  '≤': 'target.atMost',
  '>': 'target.moreThan',
  '<': 'target.lessThan',
  '=': 'target.exactly',
};

/**
 * An amount in 亿元 (100 million yuan): as the plan writes it (114.7亿元), and in a translation
 * converted, as the translated text writes it (CNY 11.47 billion).
 */
export function yiYuan(value: number, text: Text): string {
  if (text.locale === SOURCE_LOCALE) return text.t('amount.yiYuan', { value });
  const amount = value * 1e8;
  const [n, key]: [number, StringKey] = amount >= 1e9 ? [amount / 1e9, 'target.cnyBillion'] : [amount / 1e6, 'target.cnyMillion'];
  return text.t(key, { value: (Math.round(n * 1e6) / 1e6).toLocaleString(LOCALES[text.locale].lang) });
}

/** A number with its unit: `3619.76公顷`, `55%`, `3,619.76 hectares`, `2 × 10,000 m²`. */
export function amount(x: Pick<Commitment['targets'][number], 'value' | 'unit'>, text: Text): string {
  if (x.unit.zh === '亿元') return yiYuan(x.value, text);
  const unit = pick(text.locale, x.unit);
  // The plan writes its numbers without thousands separators; a translation groups them.
  const value = x.value.toLocaleString(LOCALES[text.locale].lang, { useGrouping: text.locale !== SOURCE_LOCALE, maximumFractionDigits: 6 });
  const tight = unit === '%' || /^\p{Script=Han}/u.test(unit);
  // A unit that is itself a multiple (10,000 m²) reads as “2 × 10,000 m²”.
  const joiner = /^\d/u.test(unit) ? ' × ' : tight ? '' : ' ';
  return `${value}${joiner}${unit}`;
}

/** A commitment's targets in words: `不低于3619.76公顷`, `at least 70%`. */
export function targetText(c: Commitment, text: Text): string {
  return c.targets.map((x) => text.t(COMPARATORS[x.comparator], { value: amount(x, text) })).join(text.t('punct.listSep'));
}

/** The deadline in words: `2025年前` / `By 2025`, `2022年之前` / `Before 2022`, `每年` / `Every year`, `规划期内`. */
export function deadlineText(c: Pick<Commitment, 'deadline' | 'beforeDeadline'>, text: Pick<Translator, 't'>): string {
  if (/^\d{4}$/u.test(c.deadline)) return text.t(c.beforeDeadline ? 'deadline.before' : 'deadline.year', { year: c.deadline });
  return text.t(c.deadline === 'annual' ? 'deadline.annual' : 'deadline.plan-period');
}
