// The size of a chart box, worked out at build time: the box takes its place in the first
// paint, so nothing below it moves when Chart.js arrives and draws.

export interface Config {
  categories: string[];
  unit: string;
  series: { name: string; values: (number | null)[] }[];
}

/** Splits a long axis label into lines, so that it is never cut off on a phone. */
export function wrapLabel(label: string, width: number): string[] {
  const cjk = /\p{Script=Han}/u.test(label);
  const units = cjk ? [...label] : label.split(/(?<=\s)/u);
  const lines: string[] = [];
  let line = '';
  for (const u of units) {
    const limit = cjk ? width / 2 : width;
    if (line && [...(line + u)].length > limit) {
      lines.push(line.trim());
      line = '';
    }
    line += u;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * Two layouts: labels wrap at 14 characters in a narrow box and at 36 in a box at least
 * WIDE_BOX px wide (the container query in global.css uses the same width).
 */
export const WIDE_BOX = 576;
const NARROW_LABEL = 14;
const WIDE_LABEL = 36;
export const labelWidth = (boxWidth: number) => (boxWidth >= WIDE_BOX ? WIDE_LABEL : NARROW_LABEL);

/** The height (rem) a chart needs for its labels wrapped at `width` characters. */
export function chartHeightRem(categories: readonly string[], seriesCount: number, width: number): number {
  const lineCount = categories.reduce((a, c) => a + Math.max(wrapLabel(c, width).length, seriesCount), 0);
  return Math.max(10, lineCount * 1.6 + categories.length * 0.6 + 5);
}

/** Box heights come in steps of 4 rem, each a class in global.css (no inline styles under the CSP). */
export const CHART_HEIGHTS = Array.from({ length: 33 }, (_, k) => 10 + 4 * k);

const bucket = (rem: number) => {
  const h = CHART_HEIGHTS.find((x) => x >= rem);
  if (h === undefined) throw new Error(`a chart needs ${rem.toFixed(1)} rem, more than the tallest box class (${CHART_HEIGHTS.at(-1)} rem)`);
  return h;
};

/**
 * The box's height classes, set at build time so that the chart takes its place in the first
 * paint: `chart-h-N` for a narrow box, `chart-hw-N` for a wide one.
 */
export function chartHeightClasses(categories: readonly string[], seriesCount: number): string[] {
  return [`chart-h-${bucket(chartHeightRem(categories, seriesCount, NARROW_LABEL))}`, `chart-hw-${bucket(chartHeightRem(categories, seriesCount, WIDE_LABEL))}`];
}

/**
 * The stylesheet of the height classes, generated from CHART_HEIGHTS and WIDE_BOX (served as the
 * virtual module `virtual:chart-heights.css`, see src/integrations/chart-heights.ts).
 */
export function chartHeightCss(): string {
  const narrow = CHART_HEIGHTS.map((h) => `.chart-h-${h} { height: ${h}rem; }`).join('\n');
  const wide = CHART_HEIGHTS.map((h) => `  .chart-hw-${h} { height: ${h}rem; }`).join('\n');
  return `/* Generated from CHART_HEIGHTS (src/render/chart-layout.ts). */\n${narrow}\n@container chart (min-width: ${WIDE_BOX}px) {\n${wide}\n}\n`;
}
