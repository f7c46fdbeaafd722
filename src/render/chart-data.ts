import { pick as tx } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../core/schemas/figure.ts';
import type { Indicator } from '../core/schemas/indicator.ts';

/** Everything a chart figure shows: one source feeds both the chart and its data table. */
export interface ChartData {
  id: string;
  title: string;
  summary: string;
  /** One unit per chart. */
  unit: string;
  categories: string[];
  series: {
    name: string;
    /** Numbers to plot; null where there is no number (never drawn as zero). */
    values: (number | null)[];
    /** What the table shows, as printed (`≥45`, `由市级下达`). */
    printed: string[];
  }[];
  /** False: show the table and summary only. */
  chart: boolean;
}


export function figureChart(f: Figure, locale: Locale): ChartData {
  return {
    id: f.id,
    title: tx(locale, f.title),
    summary: tx(locale, f.summary),
    unit: tx(locale, f.unit),
    categories: f.categories.map((c) => tx(locale, c)),
    series: f.series.map((s) => ({ name: tx(locale, s.name), values: s.values, printed: s.values.map((v) => (v === null ? '—' : String(v))) })),
    chart: f.chart,
  };
}

/**
 * A chart of indicators sharing one unit: one bar series per value column (e.g. 2020 value
 * and 2025 target). Values that are not numbers stay out of the bars and show as printed.
 */
export function indicatorChart(
  id: string,
  indicators: readonly Indicator[],
  keys: readonly string[],
  locale: Locale,
  text: { title: string; summary: string; series?: readonly string[] },
): ChartData {
  const units = new Set(indicators.map((i) => i.unit?.zh ?? ''));
  if (units.size !== 1) throw new Error(`chart ${id} would mix units: ${[...units].join(', ')}`);
  const first = indicators[0]!;
  return {
    id,
    title: text.title,
    summary: text.summary,
    unit: first.unit ? tx(locale, first.unit) : '',
    categories: indicators.map((i) => tx(locale, i.name).replace(/\s*[（(][^（）()]*[)）]$/u, '')),
    series: keys.map((key, k) => {
      const col = first.values.find((v) => v.key === key)!;
      return {
        name: text.series?.[k] ?? tx(locale, col.label),
        values: indicators.map((i) => i.values.find((v) => v.key === key)!.value),
        printed: indicators.map((i) => tx(locale, i.values.find((v) => v.key === key)!.printed)),
      };
    }),
    chart: true,
  };
}

/** Indicators that measure a fall over five years (能耗降低, 排放量下降率) rather than a level. */
export const isReduction = (i: Indicator): boolean => /降低|下降率/u.test(i.name.zh);

interface ChartText {
  title: string;
  summary: string;
  series?: readonly string[];
}

/**
 * A table's per-cent indicators charted like with like: shares and rates in one chart, five-year
 * reductions in another, since a level of 100% and a fall of 14% on one axis invite a false
 * comparison. Indicators without a single number are left to the table; an empty group has no chart.
 */
export function percentCharts(id: string, indicators: readonly Indicator[], keys: readonly string[], locale: Locale, text: { levels: ChartText; reductions: ChartText }): ChartData[] {
  const percent = indicators.filter((i) => i.unit?.zh === '%' && keys.some((k) => i.values.find((v) => v.key === k)?.value != null));
  const groups = [
    { suffix: 'levels', list: percent.filter((i) => !isReduction(i)), text: text.levels },
    { suffix: 'reductions', list: percent.filter(isReduction), text: text.reductions },
  ];
  return groups.filter((g) => g.list.length > 0).map((g) => indicatorChart(`${id}-${g.suffix}`, g.list, keys, locale, g.text));
}
