import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSourced } from '../../src/core/check-sourced.ts';
import { commitmentSchema, projectSchema } from '../../src/core/schemas/commitment.ts';
import { quotableTexts } from '../../src/core/source-text.ts';
import { walkPlan } from '../../src/parser/index.ts';
import { readYamlRecords } from '../../src/parser/yaml-input.ts';
import { plan } from './helpers.ts';

const texts = quotableTexts(plan);
const commitments = readYamlRecords('commitments.yaml', readFileSync('src/content/commitments/commitments.yaml', 'utf8'), commitmentSchema).map((r) => r.record);
const projects = readYamlRecords('projects.yaml', readFileSync('src/content/projects/projects.yaml', 'utf8'), projectSchema).map((r) => r.record);

describe('commitments', () => {
  it('are at least 60, each validating against the schema', () => {
    expect(commitments.length).toBeGreaterThanOrEqual(60);
  });
  it('quote their paragraph verbatim, every number in the record occurs in the quote, ids are unique', () => {
    expect(checkSourced(commitments.map((c) => ({ ...c, numbers: c.targets.map((t) => t.value) })), texts)).toEqual([]);
  });
  it('include the examples named in the issue', () => {
    const quotes = commitments.map((c) => c.quote).join('\n');
    for (const words of ['城镇绿色建筑占新建建筑比重超过70％', '每年抽检不少于10000辆', '湿地总面积不低于3619.76公顷', '力争2022年之前完成对全区城市湖库治理', '区域环境噪声平均值低于53分贝', '新建汽车充电桩10000个', '农村生活污水治理率达到65%', '生活垃圾回收利用率提高到40%以上']) {
      expect(quotes, words).toContain(words);
    }
  });
  it('take their strength from the plan’s wording: every 力争 quote is “strive”', () => {
    for (const c of commitments) if (/力争|争取/u.test(c.quote)) expect(c.strength, c.id).toBe('strive');
  });
  it('state a year deadline only where the quote or its paragraph names that year', () => {
    for (const c of commitments) if (/^\d{4}$/u.test(c.deadline)) expect(texts.get(c.source), c.id).toContain(c.deadline);
  });
  it('carry no invented status', () => {
    expect(commitments.filter((c) => c.status)).toEqual([]);
  });
  it('rejects a quote that is not verbatim and a number not in the quote', () => {
    const c = commitments[5]!;
    expect(checkSourced([{ ...c, quote: `${c.quote}。`, numbers: [] }], texts)).toEqual([expect.stringContaining('not a verbatim part')]);
    expect(checkSourced([{ ...c, numbers: [123456] }], texts)).toEqual([expect.stringContaining('123456 does not occur')]);
  });
});

describe('key projects', () => {
  it('validate, quote their box item verbatim, with their quantities in the quote', () => {
    expect(checkSourced(projects.map((p) => ({ ...p, numbers: p.quantities.map((q) => q.value) })), texts)).toEqual([]);
  });
  it('cover every item of boxes 3 to 8 and map boxes to the six categories of chapter 9', () => {
    const items = [...walkPlan(plan)].filter((n) => n.kind === 'item' && /^box-[3-8]-/u.test(n.id)).map((n) => n.id);
    expect(items.filter((id) => !projects.some((p) => p.source === id))).toEqual([]);
    const categoryOfBox = ['high-quality-development', 'environmental-quality', 'ecological-protection', 'risk-prevention', 'regional', 'capacity'];
    for (const p of projects) expect(p.category, p.id).toBe(categoryOfBox[Number(p.source[4]) - 3]);
  });
});

describe('commitment text', () => {
  it('reads targets and deadlines in words in both languages', async () => {
    const { targetText, deadlineText } = await import('../../src/render/commitment-text.ts');
    const c = commitments.find((x) => x.targets.some((t) => t.comparator === '≥'))!;
    expect(targetText(c, 'zh')).toMatch(/^不低于/u);
    expect(targetText(c, 'en')).toMatch(/^at least /u);
    expect(targetText({ ...c, targets: [{ value: 2, comparator: '=', unit: { zh: '万平方米', en: '10,000 m²' } }] }, 'en')).toBe('2 × 10,000 m²');
    expect(targetText({ ...c, targets: [{ value: 2, comparator: '=', unit: { zh: '万平方米', en: '10,000 m²' } }] }, 'zh')).toBe('2万平方米');
    expect(deadlineText('2025', 'zh')).toBe('2025年');
    expect(deadlineText('annual', 'en')).toBe('Every year');
  });
});
