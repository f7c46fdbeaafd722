import type { Locale } from '../../i18n/locales.ts';
import { localizePlan } from '../translation/localize-plan.ts';
import { t } from '../../i18n/ui.ts';
import { planView, type PlanPart, type PlanView } from '../../parser/parts.ts';
import type { Plan } from '../../parser/types.ts';
import { getPlan, getTranslationFiles } from './get-plan.ts';

const cache = new Map<Locale, Promise<PlanView>>();
const trees = new Map<Locale, Promise<Plan>>();

/** The plan tree in a language (Chinese source, or localised from its translation files). */
export function getLocalizedTree(locale: Locale): Promise<Plan> {
  let tree = trees.get(locale);
  if (!tree) {
    tree = (async () => {
      const plan = await getPlan();
      return locale === 'zh' ? plan : localizePlan(plan, await getTranslationFiles(locale), `src/content/translations/${locale}`);
    })();
    trees.set(locale, tree);
  }
  return tree;
}

/**
 * The plan as a given language shows it: the same tree with the same ids, its text in that
 * language. Chinese is the source; English is built from its translation files, and the
 * build fails if any text is missing or stale.
 */
export function getLocalizedPlan(locale: Locale): Promise<PlanView> {
  let view = cache.get(locale);
  if (!view) {
    view = getLocalizedTree(locale).then(planView);
    cache.set(locale, view);
  }
  return view;
}

/** A part's title in the page's language (the closing block has no title of its own in the seed). */
export function partTitle(part: PlanPart, locale: Locale): string {
  return part.kind === 'closing' ? t(locale, 'closing.title') : part.title;
}
