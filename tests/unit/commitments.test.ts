import { describe, expect, it } from 'vitest';
import { checkCommitments, checkProjects } from '../../src/core/collections/quoted.ts';
import { Problems } from '../../src/core/problems.ts';
import { deadlineText, targetText } from '../../src/render/commitment-text.ts';
import { translator } from '../../src/i18n/text/index.ts';
import { walkPlan } from '../../src/parser/index.ts';
import { content, plan, sources } from './helpers.ts';

const { commitments, projects, nodes } = content;
const text = (locale: 'zh' | 'en') => ({ locale, ...translator(locale) });

describe('commitments', () => {
  it('quote their paragraph verbatim, with every number of the record in the quote (checked by the content core)', () => {
    expect(commitments.length).toBeGreaterThanOrEqual(200);
    const problems = new Problems();
    checkCommitments(sources.commitments, new Set(content.indicators.map((i) => i.id)), nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('include the examples named in the issues, with and without digits', () => {
    const quotes = commitments.map((c) => c.quote).join('\n');
    for (const words of [
      '城镇绿色建筑占新建建筑比重超过70％', '每年抽检不少于10000辆', '湿地总面积不低于3619.76公顷', '力争2022年之前完成对全区城市湖库治理', '区域环境噪声平均值低于53分贝',
      '新建汽车充电桩10000个', '农村生活污水治理率达到65%', '生活垃圾回收利用率提高到40%以上',
      '确保农村C、D级危房动态清零', '新投运公交车全部采用新能源作为动力源', '重型柴油车全面达到国六排放标准', '基本淘汰国三及以下排放标准汽车',
    ]) {
      expect(quotes, words).toContain(words);
    }
  });
  it('take their strength from the plan’s wording: 力争 is “strive”, and hortatory wording is not firm', () => {
    for (const c of commitments) if (/力争|争取/u.test(c.quote) && !c.indicator) expect(c.strength, c.id).toBe('strive');
    for (const c of commitments) if (/^(积极|推进|推动|鼓励)/u.test(c.quote)) expect(c.strength, c.id).not.toBe('firm');
    expect(new Set(commitments.map((c) => c.strength))).toEqual(new Set(['firm', 'strive', 'advance', 'explore']));
  });
  it('that restate a box 2 indicator take its type: binding is firm, anticipatory is strive', () => {
    const linked = commitments.filter((c) => c.indicator);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      const i = content.indicators.find((x) => x.id === c.indicator)!;
      expect(c.strength, c.id).toBe(i.nature === 'binding' ? 'firm' : 'strive');
    }
    expect(commitments.find((c) => c.id === 'park-green-space-per-capita')?.strength).toBe('strive');
  });
  it('read 以上 as “at least”, never “more than”', () => {
    for (const c of commitments) {
      for (const t of c.targets) if (new RegExp(`${t.value}[^，。；\\d]{0,6}以上`, 'u').test(c.quote.replace(/[％%]/gu, '%'))) expect(t.comparator, c.id).toBe('≥');
    }
  });
  it('state a year deadline only where their paragraph names that year', () => {
    for (const c of commitments) if (/^\d{4}$/u.test(c.deadline)) expect(nodes.text(c.source, 'zh'), c.id).toContain(c.deadline);
  });
  it('carry no invented status', () => {
    expect(commitments.filter((c) => c.status)).toEqual([]);
  });
  it('a quote that is not verbatim, a number not in the quote or an unknown indicator is caught', () => {
    const r = sources.commitments.find((x) => x.record.id === 'town-gas-coverage-2025')!;
    const problems = new Problems();
    checkCommitments([{ ...r, record: { ...r.record, quote: `${r.record.quote}并全部完成` } }, { ...r, record: { ...r.record, targets: [{ ...r.record.targets[0]!, value: 123456 }] } }, { ...r, record: { ...r.record, indicator: 'no-such' } }], new Set(), nodes, problems);
    expect(problems.list).toEqual([
      expect.stringMatching(/^src\/content\/commitments\/commitments\.yaml:\d+: town-gas-coverage-2025: the quote is not a verbatim part/u),
      expect.stringContaining('123456 does not occur in the quote'),
      expect.stringContaining('no indicator no-such'),
    ]);
  });
});

describe('key projects', () => {
  it('quote their box item verbatim, with their quantities in the quote', () => {
    const problems = new Problems();
    checkProjects(sources.projects, nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('cover every item of boxes 3 to 8 and map boxes to the six categories of chapter 9', () => {
    const items = [...walkPlan(plan)].filter((n) => n.kind === 'item' && /^box-[3-8]-/u.test(n.id)).map((n) => n.id);
    expect(items.filter((id) => !projects.some((p) => p.source === id))).toEqual([]);
    const categoryOfBox = ['high-quality-development', 'environmental-quality', 'ecological-protection', 'risk-prevention', 'regional', 'capacity'];
    for (const p of projects) expect(p.category, p.id).toBe(categoryOfBox[Number(p.source[4]) - 3]);
  });
});

describe('commitment text', () => {
  const c = commitments.find((x) => x.targets.some((t) => t.comparator === '≥'))!;
  it('reads targets in words, as the plan writes numbers in Chinese and grouped in English', () => {
    expect(targetText(c, text('zh'))).toMatch(/^不低于\d/u);
    expect(targetText(c, text('en'))).toMatch(/^at least /u);
    const area = { ...c, targets: [{ value: 3619.76, comparator: '≥' as const, unit: { zh: '公顷', en: 'hectares' } }] };
    expect(targetText(area, text('zh'))).toBe('不低于3619.76公顷');
    expect(targetText(area, text('en'))).toBe('at least 3,619.76 hectares');
    const multiple = { ...c, targets: [{ value: 2, comparator: '=' as const, unit: { zh: '万平方米', en: '10,000 m²' } }] };
    expect(targetText(multiple, text('en'))).toBe('2 × 10,000 m²');
    expect(targetText(multiple, text('zh'))).toBe('2万平方米');
  });
  it('converts amounts in 亿元 as the English text writes them', () => {
    const money = { ...c, targets: [{ value: 114.7, comparator: '=' as const, unit: { zh: '亿元', en: '100 million yuan' } }] };
    expect(targetText(money, text('zh'))).toBe('114.7亿元');
    expect(targetText(money, text('en'))).toBe('CNY 11.47 billion');
    expect(targetText({ ...money, targets: [{ ...money.targets[0]!, value: 4.6 }] }, text('en'))).toBe('CNY 460 million');
  });
  it('reads deadlines in words, “before” where the plan says 之前', () => {
    expect(deadlineText({ deadline: '2025' }, text('zh'))).toBe('2025年');
    expect(deadlineText({ deadline: 'annual' }, text('en'))).toBe('Every year');
    expect(deadlineText({ deadline: '2022', beforeDeadline: true }, text('zh'))).toBe('2022年之前');
    expect(deadlineText({ deadline: '2022', beforeDeadline: true }, text('en'))).toBe('Before 2022');
  });
});
