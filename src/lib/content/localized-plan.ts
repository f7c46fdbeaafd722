import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { PlanPart, PlanView } from '../plan/parts.ts';
import { getPlan } from './get-plan.ts';

/**
 * The plan as a given language shows it: the same tree with the same ids, its text in that
 * language. Chinese is the source; other languages are built from their translation files.
 */
export async function getLocalizedPlan(locale: Locale): Promise<PlanView> {
  if (locale !== 'zh') throw new Error(`no ${locale} edition yet: its translation is not published`);
  return getPlan();
}

/** A part's title in the page's language (the closing block has no title of its own in the seed). */
export function partTitle(part: PlanPart, locale: Locale): string {
  return part.kind === 'closing' ? t(locale, 'closing.title') : part.title;
}
