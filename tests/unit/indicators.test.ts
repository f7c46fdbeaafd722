import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndicators, parsePrinted, unitOf } from '../../src/core/collections/indicators.ts';
import { checkFigures } from '../../src/core/collections/quoted.ts';
import { parseCsv, toCsv } from '../../src/core/open-data/csv.ts';
import { indicatorRecords } from '../../src/core/open-data/records.ts';
import { numbersIn } from '../../src/core/numbers.ts';
import { Problems } from '../../src/core/problems.ts';
import { stripSpace, walkPlan, type TableBox } from '../../src/parser/index.ts';
import { percentCharts, type ChartData } from '../../src/render/chart-data.ts';
import { content, plan, sources } from './helpers.ts';

const { indicators, nodes } = content;
const meta = sources.indicatorMeta.map((r) => r.record);
const box = (n: number) => [...walkPlan(plan)].find((x): x is TableBox => x.kind === 'box' && x.variant === 'table' && x.number === n)!;
const texts = { get: (id: string) => nodes.text(id, 'zh'), has: (id: string) => nodes.has(id) };

describe('indicators', () => {
  const box2 = indicators.filter((i) => i.box === 2);
  it('match the plan’s own counts: 19 indicators, 18 binding, 1 anticipatory, 5 categories', () => {
    // The plan states the counts in the paragraph before box 2.
    const statement = texts.get('ch02-s03-p03')!;
    const [categories, total, binding, anticipatory] = [/(\d+)个方面/u, /合计(\d+)项指标/u, /约束性指标(\d+)项/u, /预期性指标(\d+)项/u].map((re) => Number(re.exec(statement)![1]));
    expect([categories, total, binding, anticipatory]).toEqual([5, 19, 18, 1]);
    expect(box2).toHaveLength(total!);
    expect(box2.filter((i) => i.nature === 'binding')).toHaveLength(binding!);
    expect(box2.filter((i) => i.nature === 'anticipatory')).toHaveLength(anticipatory!);
    expect(new Set(box2.map((i) => i.category.zh)).size).toBe(categories);
  });
  it('mark every box 1 row 完成 (achieved)', () => {
    const box1 = indicators.filter((i) => i.box === 1);
    expect(box1).toHaveLength(box(1).table.rows.length);
    expect(box1.every((i) => i.values.find((v) => v.key === 'status')!.printed.zh === '完成')).toBe(true);
  });
  it('trace every printed value to its box text, in the row it belongs to', () => {
    for (const i of indicators) {
      const row = box(i.box).table.rows.find((r) => r.id === i.row)!;
      const rowText = stripSpace(row.lines.map((n) => readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt', 'utf8').split('\n')[n - 1]).join(''));
      for (const v of i.values) expect(rowText, `${i.id} ${v.key}`).toContain(stripSpace(v.printed.zh));
    }
  });
  it('parse numbers, comparators, secondary figures and note marks; leave words unparsed', () => {
    expect(parsePrinted('≥60735')).toEqual({ value: 60735, comparator: '≥', secondary: null, notes: [] });
    expect(parsePrinted('335（91.8%）')).toEqual({ value: 335, comparator: '=', secondary: '91.8%', notes: [] });
    expect(parsePrinted('37【1】')).toEqual({ value: 37, comparator: '=', secondary: null, notes: [1] });
    expect(parsePrinted('由市级下达')).toEqual({ value: null, comparator: null, secondary: null, notes: [] });
    expect(parsePrinted('【3】')).toEqual({ value: null, comparator: null, secondary: null, notes: [3] });
  });
  it('give the misprinted 29..3 its evident value only through an editorial note', () => {
    const voc = indicators.find((i) => i.id === 'voc-reduction')!.values[0]!;
    expect(voc).toMatchObject({ printed: { zh: '29..3【2】' }, value: 29.3, editorial: 'ed-01', notes: [2] });
    expect(indicators.filter((i) => i.values.some((v) => v.editorial)).map((i) => i.id)).toEqual(['voc-reduction']);
  });
  it('never turn a target in words into a number', () => {
    const words = indicators.flatMap((i) => i.values).filter((v) => /\p{Script=Han}/u.test(v.printed.zh.replace(/【\d+】/gu, '')));
    expect(words.length).toBeGreaterThan(10);
    expect(words.every((v) => v.value === null)).toBe(true);
  });
  it('attach footnote texts: 2019 baseline for PM2.5, 2015 base for emission reductions', () => {
    expect(indicators.find((i) => i.id === 'pm25')!.footnotes[0]!.text.zh).toContain('基准数据采用2019年数据');
    expect(indicators.find((i) => i.id === 'nox-reduction')!.footnotes[0]!.text.zh).toBe('以2015年为基准。');
  });
  it('read units from names', () => {
    expect(unitOf('细颗粒物（PM2.5）年均浓度（微克/立方米)')).toEqual({ zh: '微克/立方米', en: 'μg/m³' });
    expect(unitOf('长江干流水质类别')).toBeNull();
  });
  it('have unique ids and one metadata entry per table row', () => {
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    expect(meta.map((m) => m.row).sort()).toEqual(indicators.map((i) => i.row).sort());
  });
  it('name a missing or stray metadata entry, with its file and line', () => {
    const problems = new Problems();
    const [first, ...rest] = sources.indicatorMeta;
    buildIndicators(content.trees.zh, content.trees.en, [...rest, { ...first!, record: { ...first!.record, row: 'box-2-r99' } }], problems);
    expect(problems.list).toEqual([
      `src/content/indicators/indicators.yaml: no entry for table row ${first!.record.row}`,
      expect.stringMatching(/^src\/content\/indicators\/indicators\.yaml:\d+: no table row box-2-r99$/u),
    ]);
  });
  it('link discussion paragraphs that exist', () => {
    for (const i of indicators) if (i.discussedIn) expect(texts.has(i.discussedIn), i.id).toBe(true);
  });
});

describe('figures stated in the text', () => {
  const { figures } = content;
  it('quote their sources verbatim and take every number from a quote', () => {
    const problems = new Problems();
    checkFigures(sources.figures, nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('add the six project categories up to the stated 84 projects and 114.7 亿元', () => {
    const sum = (id: string) => figures.find((f) => f.id === id)!.series[0]!.values.reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(sum('project-counts')).toBe(84);
    expect(Math.round(sum('project-investment') * 10) / 10).toBe(114.7);
    expect(texts.get('ch09-s01-p01')).toContain('84项重点项目');
    expect(texts.get('ch09-s01-p02')).toContain('总投资约114.7亿元');
  });
  it('include the sector structure, emission shares and 13th-period changes the plan states', () => {
    const values = (id: string) => figures.find((f) => f.id === id)!.series.flatMap((s) => s.values);
    expect(values('sector-structure')).toEqual([1.6, 51, 47.4, 1.4, 32.6, 66]);
    expect(values('emission-shares')).toEqual([47.28, 39.9, 31.81, null]);
    expect(values('reductions-2015-2020')).toEqual(expect.arrayContaining([16.7, 25.17, 39.6]));
    expect(values('good-air-days-increase')).toEqual([37]);
  });
  it('fail the check when a number is not in the quote', () => {
    const r = structuredClone(sources.figures[0]!);
    r.record.series[0]!.values[0] = 1.7;
    const problems = new Problems();
    checkFigures([r], nodes, problems);
    expect(problems.list).toEqual(expect.arrayContaining([expect.stringContaining('1.7 occurs in no quote')]));
  });
  it('read numbers including decimals', () => {
    expect(numbersIn('从1.6:51:47.4调整为1.4:32.6:66')).toEqual([1.6, 51, 47.4, 1.4, 32.6, 66]);
  });
});

describe('open-data records', () => {
  it('CSV round-trips, with a BOM and quoting', () => {
    const records = indicatorRecords(indicators);
    const csv = toCsv(records);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(Object.keys(records[0]!));
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[1 + records.findIndex((r) => r.indicator_id === 'good-air-days')]).toContain('335（91.8%）');
  });
});

describe('per-cent charts: like with like', () => {
  const box2 = content.indicators.filter((i) => i.box === 2);
  const charts = percentCharts('t', box2, ['baseline2020', 'target2025'], 'en', { levels: { title: 'L', summary: '' }, reductions: { title: 'R', summary: '' } });
  it('puts shares and rates in one chart and five-year reductions in another', () => {
    expect(charts.map((c) => c.id)).toEqual(['t-levels', 't-reductions']);
    const [levels, reductions] = charts as [ChartData, ChartData];
    expect(reductions.categories.join(' | ')).toMatch(/energy consumption per unit of GDP.*water use per unit of GDP.*nitrogen oxides/u);
    expect(levels.categories.some((c) => /Reduction/u.test(c))).toBe(false);
    expect(levels.categories).toContain('Forest coverage');
  });
  it('leaves out indicators with no number in either column, and draws no text values', () => {
    const all = charts.flatMap((c) => c.categories);
    expect(all.some((c) => /carbon dioxide/u.test(c))).toBe(false); // – and “to be set by the municipality”
    const nox = charts[1]!.series.map((s) => s.values[charts[1]!.categories.findIndex((c) => /nitrogen oxides/u.test(c))]);
    expect(nox).toEqual([43.5, null]);
  });
});
