import { describe, expect, it } from 'vitest';
import { checkTranslations, englishLead, type TranslationFile } from '../../src/core/translation/check-translations.ts';
import { asciiCell, localizePlan } from '../../src/core/translation/localize-plan.ts';
import { expectedNumbers, missingNumbers } from '../../src/core/translation/number-fidelity.ts';
import { translationFiles, zhHash } from '../../src/core/translation/translation-units.ts';
import { InputError, walkPlan, type Paragraph, type TableBox } from '../../src/parser/index.ts';
import { enLabels, plan, sources } from './helpers.ts';

const DIR = 'src/content/translations/en';
const files = new Map<string, TranslationFile>(sources.translations.get('en')!.files);
const glossary = sources.glossary.map((g) => g.record);

describe('the English translation', () => {
  it('covers 100% of units and table cells, with current hashes, kept numbers, glossary terms and leads', () => {
    const problems = checkTranslations(plan, files, glossary);
    expect(problems.map((p) => `${p.file} ${p.key} ${p.kind}: ${p.message}`)).toEqual([]);
  });
  it('has one file per plan part and nothing else', () => {
    expect([...files.keys()].sort()).toEqual([...translationFiles(plan).keys()].sort());
  });
  it('localises the whole tree, keeping ids and structure', () => {
    const en = localizePlan(plan, files, DIR, enLabels);
    const ids = (p: typeof plan) => [...walkPlan(p)].map((n) => `${n.kind}:${n.id}`);
    expect(ids(en)).toEqual(ids(plan));
    for (const n of walkPlan(en)) {
      const texts = JSON.stringify(n, (k, v) => (k === 'raw' ? undefined : v));
      if (n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'section') expect(texts).not.toMatch(/\p{Script=Han}/u);
    }
  });
  it('places the endnote mark right after the English term it explains', () => {
    const en = localizePlan(plan, files, DIR, enLabels);
    const p = en.chapters[1]!.sections[0]!.blocks[0] as Paragraph;
    const at = p.noteRefs[0]!.offset;
    expect(p.text.slice(0, at).toLowerCase()).toMatch(/four major zones”?$/u);
  });
  it('turns table cells without Chinese into ASCII forms', () => {
    expect(asciiCell('27.51【1】')).toBe('27.51[1]');
    expect(asciiCell('335（91.8%）')).toBe('335 (91.8%)');
    expect(asciiCell('－')).toBe('–');
    const box2 = localizePlan(plan, files, DIR, enLabels).chapters[1]!.sections[2]!.blocks.find((b) => b.kind === 'box') as TableBox;
    expect(box2.table.rows.map((r) => r.values.join(' ')).join(' ')).not.toMatch(/[\p{Script=Han}【】（）]/u);
  });
});

describe('translation checks catch what they claim to', () => {
  const withUnit = (key: string, change: (u: { zh: string; en: string }) => { zh: string; en: string }) => {
    const copy = structuredClone(files);
    const [fileId, file] = [...copy].find(([, f]) => key in f.units)!;
    file.units[key] = change(file.units[key]!);
    copy.set(fileId, file);
    return copy;
  };
  it('a missing translation fails localisation with file and key', () => {
    const broken = withUnit('ch04-s02-p03', (u) => ({ ...u, en: '' }));
    expect(() => localizePlan(plan, broken, DIR, enLabels)).toThrow(InputError);
    expect(() => localizePlan(plan, broken, DIR, enLabels)).toThrow(/ch04\.yaml: ch04-s02-p03 is not translated/u);
  });
  it('a stale hash names the stale id', () => {
    const broken = withUnit('ch05-s01', (u) => ({ ...u, zh: '00000000' }));
    expect(() => localizePlan(plan, broken, DIR, enLabels)).toThrow(/ch05\.yaml: ch05-s01 is stale/u);
    const problems = checkTranslations(plan, broken, glossary);
    expect(problems).toEqual([expect.objectContaining({ key: 'ch05-s01', kind: 'stale' })]);
  });
  it('a dropped number is reported', () => {
    const broken = withUnit('ch09-s01-p02', (u) => ({ ...u, en: u.en.replace('11.47', '11.4') }));
    const problems = checkTranslations(plan, broken, glossary);
    expect(problems).toEqual([expect.objectContaining({ key: 'ch09-s01-p02', kind: 'numbers' })]);
  });
  it('a glossary term rendered another way is reported', () => {
    const broken = withUnit('ch04-s02-p01', (u) => ({ ...u, en: u.en.replace(/river chief system/giu, 'river-head scheme') }));
    const problems = checkTranslations(plan, broken, glossary);
    expect(problems).toEqual([expect.objectContaining({ key: 'ch04-s02-p01', kind: 'glossary' })]);
  });
  it('inside a proper name the term takes the name’s official English, which must be there', () => {
    // ch08-s04-p03 names 生物多样性日 and has no other 生物多样性: "biodiversity" is not required…
    const current = files.get('ch08')!.units!['ch08-s04-p03']!.en;
    expect(current).not.toMatch(/biodiversity/iu);
    expect(checkTranslations(plan, files, glossary)).toEqual([]);
    // …but the day's official name is.
    const broken = withUnit('ch08-s04-p03', (u) => ({ ...u, en: u.en.replace('International Day for Biological Diversity', 'Biodiversity Day') }));
    const problems = checkTranslations(plan, broken, glossary);
    expect(problems).toEqual([expect.objectContaining({ key: 'ch08-s04-p03', kind: 'glossary', message: expect.stringContaining('International Day for Biological Diversity') })]);
  });
});

describe('number fidelity rules', () => {
  it('reads 亿 and 万 amounts, years in Chinese digits, five-year periods, ordinals and counts', () => {
    const forms = Object.fromEntries(expectedNumbers('总投资约114.7亿元，3万亩，二〇二二年，“十四五”，第一轮，四个大区').map((n) => [n.source, n.accept]));
    expect(forms['114.7亿']).toContain('11.47 billion');
    expect(forms['3万']).toContain('30000');
    expect(forms['二〇二二']).toEqual(['2022']);
    expect(forms['十四五']).toContain('14th');
    expect(forms['第一']).toContain('first');
    expect(forms['四个']).toContain('four');
  });
  it('accepts faithful English and rejects a changed figure', () => {
    expect(missingNumbers('到2025年，森林覆盖率达到55%', 'By 2025, forest cover will reach 55%')).toEqual([]);
    expect(missingNumbers('到2025年，森林覆盖率达到55%', 'By 2025, forest cover will reach 50%')).toEqual(['55']);
    expect(missingNumbers('细颗粒物（PM2.5）', 'fine particulate matter (PM10)')).toEqual(['PM2.5']);
    expect(missingNumbers('ISO14000认证', 'ISO 14000 certification')).toEqual([]);
  });
  it('finds the English lead sentence', () => {
    expect(englishLead('Noise is managed. More text.')).toBe('Noise is managed.');
    expect(englishLead('One sentence only.')).toBeUndefined();
  });
  it('hashes the Chinese it translates', () => {
    const unit = translationFiles(plan).get('ch01')!.units.find((u) => u.key === 'ch01-s01-p01')!;
    expect(files.get('ch01')!.units['ch01-s01-p01']!.zh).toBe(zhHash(unit.zh));
  });
});
