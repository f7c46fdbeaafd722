import type { Translator } from '../i18n/text/index.ts';
import type { PlanPart } from '../parser/parts.ts';

/**
 * How a plan part is headed: its label (第四章 / Chapter 4; none for the preface and the closing
 * block) and title (the closing block has no title of its own in the seed).
 */
export function partHeading(part: PlanPart, text: Pick<Translator, 't'>): { label: string; title: string; full: string } {
  const label = part.kind === 'chapter' ? part.label : '';
  const title = part.kind === 'closing' ? text.t('closing.title') : part.title;
  return { label, title, full: label ? `${label} ${title}` : title };
}
