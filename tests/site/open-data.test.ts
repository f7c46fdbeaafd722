import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/open-data/csv.ts';
import { DATASETS } from '../../src/core/open-data/datasets.ts';
import { numbersIn } from '../../src/core/numbers.ts';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';
import { TEXT } from '../../src/i18n/text/index.ts';
import { builtPages } from '../support/built-site.ts';

describe.each(DATASETS.filter((d) => d.formats.includes('csv')).map((d) => d.id))('dist/data/%s', (name) => {
  const json = JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as Record<string, string | number | null>[];
  const csvText = readFileSync(`dist/data/${name}.csv`, 'utf8');
  it('CSV is UTF-8 with a BOM', () => {
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
  });
  it('CSV and JSON hold the same records', () => {
    const [header, ...rows] = parseCsv(csvText);
    expect(header).toEqual(Object.keys(json[0]!));
    expect(rows).toEqual(json.map((r) => header!.map((k) => (r[k] === null ? '' : String(r[k])))));
  });
  it('every field is documented on the Data page, in every language', () => {
    for (const l of LOCALE_IDS) {
      const documented = Object.keys(TEXT[l]).filter((k) => k.startsWith(`dataset.${name}.field.`)).map((k) => k.split('.').at(-1));
      expect(documented, l).toEqual(Object.keys(json[0]!));
    }
  });
});

describe('charts and their tables', () => {
  const figures = builtPages('dist').flatMap((p) => p.doc.querySelectorAll('figure.chart-figure').map((f) => ({ page: p.file, f })));
  it('exist on the indicator pages in both languages', () => {
    expect(new Set(figures.map((x) => x.page))).toEqual(new Set([
      'indicators/index.html', 'en/indicators/index.html', 'indicators/2016-2020/index.html', 'en/indicators/2016-2020/index.html',
      'indicators/figures/index.html', 'en/indicators/figures/index.html',
    ]));
  });
  it('draw exactly the numbers their table shows (one source feeds both)', () => {
    for (const { page, f } of figures) {
      const json = f.querySelector('script[type="application/json"]');
      if (!json) continue; // a figure shown as a number only
      const config = JSON.parse(json.textContent) as { series: { values: (number | null)[] }[]; categories: string[] };
      const rows = f.querySelectorAll('tbody tr');
      expect(rows.length, `${page} ${f.id}`).toBe(config.categories.length);
      rows.forEach((tr, k) => {
        expect(tr.querySelector('th')!.textContent.trim()).toBe(config.categories[k]);
        tr.querySelectorAll('td').forEach((td, s) => {
          const v = config.series[s]!.values[k]!;
          const cell = td.textContent.trim();
          if (v === null) expect(numbersIn(cell.replace(/\[\d+\]|【\d+】/gu, '')), `${page} ${f.id} ${cell}`).toEqual([]);
          // 29..3 is the plan's misprint of 29.3 (editorial note ed-01).
          else expect(cell.includes('..') ? Number(cell.replace('..', '.').replace(/\[\d+\]|【\d+】/gu, '')) : numbersIn(cell)[0], `${page} ${f.id} ${cell}`).toBe(v);
        });
      });
    }
  });
  it('give a source, downloads and a citation with every chart', () => {
    for (const { page, f } of figures) {
      const caption = f.querySelector('figcaption')!;
      expect(caption.querySelectorAll('a').length, `${page} ${f.id}`).toBeGreaterThanOrEqual(3);
      expect(caption.querySelector('.chart-figure__cite')!.textContent).toMatch(/2022/u);
    }
  });
});

describe('dist/data/plan.json', () => {
  const plan = JSON.parse(readFileSync('dist/data/plan.json', 'utf8')) as { zh: { chapters: { id: string; title: string }[] }; en: { chapters: { id: string; title: string }[] } };
  it('holds the whole tree in both languages with the same ids', () => {
    expect(plan.zh.chapters.map((c) => c.id)).toEqual(plan.en.chapters.map((c) => c.id));
    expect(plan.zh.chapters).toHaveLength(10);
    expect(plan.en.chapters[3]!.title).not.toMatch(/\p{Script=Han}/u);
  });
});
