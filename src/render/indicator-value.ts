import type { Translator } from '../i18n/text/index.ts';

/** A printed value without its table-note marks (`37【1】` → `37`, `37[1]` → `37`): the note is shown apart. */
export const withoutNoteMarks = (printed: string): string => printed.replace(/\s*(【\d+】|\[\d+\])/gu, '');

/**
 * A printed value with its unit after the number: `335（91.8%）` + 天 → `335天（91.8%）`,
 * `14` + % → `14%` in every language, `37` + μg/m³ → `37 μg/m³` in English. A value in words
 * (由市级下达, “To be set by the municipality”) gets no unit.
 */
export function valueWithUnit(printed: string, unit: string | undefined, text: Pick<Translator, 't'>): string {
  const value = withoutNoteMarks(printed);
  const m = /^([<>≤≥]?\s*\d[\d,.]*)(.*)$/u.exec(value);
  if (!unit || !m) return value;
  const glue = /^[%‰]/u.test(unit) ? '' : text.t('fact.unitSep');
  return `${m[1]}${glue}${unit}${m[2]}`;
}
