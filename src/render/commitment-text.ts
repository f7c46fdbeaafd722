import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { Commitment } from '../core/schemas/commitment.ts';

const COMPARATOR_WORDS: Record<string, { zh: string; en: string }> = {
  '≥': { zh: '不低于', en: 'at least' },
  '≤': { zh: '不超过', en: 'at most' },
  '>': { zh: '超过', en: 'more than' },
  '<': { zh: '低于', en: 'less than' },
  '=': { zh: '', en: '' },
};

/** A commitment's targets in words: `不低于 3619.76 公顷`, `more than 70%`. */
export function targetText(c: Commitment, locale: Locale): string {
  return c.targets
    .map((x) => {
      const word = COMPARATOR_WORDS[x.comparator]![locale === 'zh' ? 'zh' : 'en'];
      const unit = locale === 'zh' ? x.unit.zh : x.unit.en;
      const tight = unit === '%' || (locale === 'zh' && /^\p{Script=Han}/u.test(unit));
      // A unit that is itself a multiple (10,000 m²) reads as “2 × 10,000 m²”.
      const joiner = /^\d/u.test(unit) ? ' × ' : tight ? '' : ' ';
      return `${word ? `${word} ` : ''}${x.value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en')}${joiner}${unit}`.trim();
    })
    .join(locale === 'zh' ? '；' : '; ');
}

/** The deadline in words: `2025年` / `By 2025`, `每年` / `Every year`, `规划期内`. */
export function deadlineText(deadline: string, locale: Locale): string {
  return /^\d{4}$/u.test(deadline) ? t(locale, 'deadline.year', { year: deadline }) : t(locale, deadline === 'annual' ? 'deadline.annual' : 'deadline.plan-period');
}
