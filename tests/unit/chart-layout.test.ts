import { describe, expect, it } from 'vitest';
import { CHART_HEIGHTS, chartHeightClasses, chartHeightCss, chartHeightRem, WIDE_BOX } from '../../src/render/chart-layout.ts';

const css = chartHeightCss();

describe('chart box heights (kept from the first paint)', () => {
  it('generates a CSS class for every height, narrow and wide, and the wide ones sit in the container query', () => {
    const wide = css.slice(css.indexOf(`@container chart (min-width: ${WIDE_BOX}px)`));
    expect(wide.length).toBeLessThan(css.length);
    for (const h of CHART_HEIGHTS) {
      expect(css).toMatch(new RegExp(`\\.chart-h-${h} \\{\\s*height: ${h}rem;`, 'u'));
      expect(wide).toMatch(new RegExp(`\\.chart-hw-${h} \\{\\s*height: ${h}rem;`, 'u'));
    }
  });

  it('gives long labels more height in a narrow box than in a wide one, never less than needed', () => {
    const labels = ['全区城市集中式饮用水水源地水质达标率', '地表水国控断面水质优良比例', 'PM2.5'];
    const narrow = chartHeightRem(labels, 2, 14);
    const wideRem = chartHeightRem(labels, 2, 36);
    expect(narrow).toBeGreaterThan(wideRem);
    const [n, w] = chartHeightClasses(labels, 2).map((c) => Number(c.split('-').at(-1)));
    expect(n).toBeGreaterThanOrEqual(narrow);
    expect(n! - narrow).toBeLessThan(4);
    expect(w).toBeGreaterThanOrEqual(wideRem);
  });

  it('refuses a chart taller than the tallest class, rather than cutting it off', () => {
    const many = Array.from({ length: 120 }, (_, k) => `指标${k}`);
    expect(() => chartHeightClasses(many, 1)).toThrow(/more than the tallest box class/u);
  });
});
