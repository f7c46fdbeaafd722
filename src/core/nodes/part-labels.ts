import type { Locale } from '../../i18n/locales.ts';
import type { PlanPart } from '../../parser/parts.ts';

/** The label shown before a part's title: `第四章` / `Chapter 4`; none for preface and closing. */
export function partLabel(part: PlanPart, locale: Locale): string {
  if (part.kind !== 'chapter') return '';
  return locale === 'zh' ? part.label : `Chapter ${part.number}`;
}

/** The label before a section title: `第二节` / `Section 2`. */
export const sectionLabel = (section: { label: string; number: number }, locale: Locale) =>
  locale === 'zh' ? section.label : `Section ${section.number}`;
