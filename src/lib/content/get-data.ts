import { getCollection } from 'astro:content';
import { buildIndicators } from '../data/build-indicators.ts';
import { checkFigure, type Figure } from '../data/figure-schema.ts';
import type { Indicator } from '../data/indicator-schema.ts';
import { quotableTexts } from '../data/source-text.ts';
import { localizePlan } from '../i18n/localize-plan.ts';
import { getPlan, getTranslationFiles } from './get-plan.ts';

let indicators: Promise<Indicator[]> | undefined;
let figures: Promise<Figure[]> | undefined;

/** Indicators of boxes 1 and 2, built once per build from the table rows and curated metadata. */
export function getIndicators(): Promise<Indicator[]> {
  indicators ??= (async () => {
    const zh = await getPlan();
    const en = localizePlan(zh, await getTranslationFiles('en'));
    const meta = (await getCollection('indicatorMeta')).map((e) => e.data);
    return buildIndicators(zh, en, meta);
  })();
  return indicators;
}

/** Figures stated in the plan's text; the build fails if a number is not in its quote. */
export function getFigures(): Promise<Figure[]> {
  figures ??= (async () => {
    const texts = quotableTexts(await getPlan());
    const all = (await getCollection('figures')).map((e) => e.data);
    const problems = all.flatMap((f) => checkFigure(f, texts));
    if (problems.length) throw new Error(`src/content/figures/figures.yaml:\n  ${problems.join('\n  ')}`);
    return all;
  })();
  return figures;
}
