import type { Bilingual } from '../../i18n/locales.ts';
import type { Problems, Where } from '../problems.ts';
import { missingRenderings, type RenderedTerm } from '../translation/check-translations.ts';

/** A Chinese text and its English, where they stand in a data file. */
export interface TextPair {
  where: Where;
  what: string;
  zh: string;
  en: string;
}

/** The bilingual fields of a record as pairs to check, each named (`night-noise title`). */
export const pairs = (where: Where, what: string, fields: Readonly<Record<string, Bilingual | undefined>>): TextPair[] =>
  Object.entries(fields).flatMap(([name, f]) => (f ? [{ where, what: `${what} ${name}`, zh: f.zh, en: f.en }] : []));

/**
 * The glossary check beyond the plan's translation: in every bilingual data field (commitments,
 * projects, figures, the report guide, the calendar, the brief, topics), where the Chinese holds
 * an official term, the English must use its one rendering.
 */
export function checkRenderings(texts: readonly TextPair[], glossary: readonly RenderedTerm[], problems: Problems): void {
  for (const p of texts) for (const m of missingRenderings(p.zh, p.en, glossary)) problems.at(p.where, `${p.what}: the Chinese ${m}`);
}
