import { describe, expect, it } from 'vitest';
import { checkLossless, walkPlan, type Box, type Paragraph, type TableBox } from '../../src/parser/index.ts';
import { plan, seedLines, seedText } from './helpers.ts';

const allNodes = [...walkPlan(plan)];
const byId = new Map(allNodes.map((n) => [n.id, n]));
const boxes = allNodes.filter((n): n is Box => n.kind === 'box');

describe('title block and preface', () => {
  it('reads title, period, issuer and date', () => {
    expect(plan.titleBlock).toMatchObject({
      title: '重庆市渝北区生态环境保护“十四五”规划',
      period: '（2021-2025年）',
      issuer: '重庆市渝北区人民政府',
      date: '二〇二二年二月',
    });
  });
  it('reads the preface written 前  言 with its three paragraphs', () => {
    expect(plan.preface.title).toBe('前言');
    expect(seedLines[plan.preface.lines[0]! - 1]).toBe('前  言');
    expect(plan.preface.blocks.map((b) => b.id)).toEqual(['preface-p01', 'preface-p02', 'preface-p03']);
  });
});

describe('chapters and sections', () => {
  it('has the ten chapters with their whole titles', () => {
    expect(plan.chapters.map((c) => `${c.label} ${c.title}`)).toEqual([
      '第一章 生态环境保护的基础与形势',
      '第二章 指导思想、基本原则和主要目标',
      '第三章 以碳达峰行动为总抓手，推动经济绿色低碳循环发展',
      '第四章 深入打好污染防治攻坚战，持续改善环境质量',
      '第五章 加强生态保护修复，增强中心城区“绿肺”功能',
      '第六章 强化全过程管控，防范化解生态环境重大风险',
      '第七章 共谋区域生态环境协同保护，确保重大战略落地生效',
      '第八章 深化生态文明体制改革，推进治理体系和治理能力现代化',
      '第九章 规划实施一批重点工程',
      '第十章 保障措施',
    ]);
    expect(plan.chapters.map((c) => c.id)).toEqual(['ch01', 'ch02', 'ch03', 'ch04', 'ch05', 'ch06', 'ch07', 'ch08', 'ch09', 'ch10']);
  });
  it('has 3, 3, 4, 5, 3, 4, 3, 4, 2, 0 sections', () => {
    expect(plan.chapters.map((c) => c.sections.length)).toEqual([3, 3, 4, 5, 3, 4, 3, 4, 2, 0]);
  });
  it('numbers sections within their chapter', () => {
    expect(byId.get('ch04-s05')).toMatchObject({ kind: 'section', label: '第五节', title: '积极营造宁静生活环境' });
    expect(byId.get('ch02-s03')).toMatchObject({ title: '规划目标' });
  });
  it('keeps chapter 10, which has no sections, as five paragraphs', () => {
    expect(plan.chapters[9]!.intro.map((b) => b.id)).toEqual(['ch10-p01', 'ch10-p02', 'ch10-p03', 'ch10-p04', 'ch10-p05']);
  });
});

describe('paragraphs', () => {
  it('keeps run-in leads', () => {
    const p = byId.get('ch01-s01-p01') as Paragraph;
    expect(p.lead).toBe('生态环境保护主体责任全面落实。');
    expect(p.text.startsWith(p.lead!)).toBe(true);
    expect((byId.get('ch02-s02-p01') as Paragraph).lead).toBe('——坚持绿色发展，标本兼治。');
  });
  it('gives no lead to ordinary first sentences', () => {
    expect((byId.get('ch01-p01') as Paragraph).lead).toBeUndefined();
    expect((byId.get('ch09-s01-p02') as Paragraph).lead).toBeUndefined(); // 规划重点工程总投资约114.7亿元。
  });
  it('joins the paragraph split where the endnote mark stood and links it both ways', () => {
    const p = byId.get('ch02-s01-p01') as Paragraph;
    expect(p.lines).toHaveLength(2);
    expect(p.text).toContain('为努力建成“四个大区”提供高质量的生态环境保障');
    expect(p.noteRefs).toEqual([{ noteId: 'note-1', offset: p.text.indexOf('提供高质量') }]);
    expect(plan.endnotes).toHaveLength(1);
    expect(plan.endnotes[0]).toMatchObject({ id: 'note-1', term: '“四个大区”', refFrom: 'ch02-s01-p01' });
    expect(plan.endnotes[0]!.text).toBe('高质量发展的经济大区、高水平开放的临空大区、高能级策源的科创大区、高品质生活的城乡大区');
  });
});

describe('boxes', () => {
  it('finds the eight boxes in order, where the seed places them', () => {
    expect(boxes.map((b) => b.label)).toEqual(['专栏1', '专栏2', '专栏3', '专栏4', '专栏5', '专栏6', '专栏7', '专栏8']);
    expect(boxes.map((b) => b.variant)).toEqual(['table', 'table', 'list', 'list', 'list', 'list', 'list', 'list']);
    const inSection = (sid: string) => (byId.get(sid) as { blocks: { id: string }[] }).blocks.map((b) => b.id);
    expect(inSection('ch01-s01')).toContain('box-1');
    expect(inSection('ch02-s03')).toContain('box-2');
    expect(inSection('ch08-s04')).toContain('box-8');
  });
  it('reads box 1 as a table of 33 rows over the 26 numbered indicators', () => {
    const b = byId.get('box-1') as TableBox;
    expect(b.title).toBe('渝北区生态文明建设“十三五”规划指标完成情况');
    expect(b.table.rows).toHaveLength(33);
    expect(new Set(b.table.rows.map((r) => r.number))).toEqual(new Set(Array.from({ length: 26 }, (_, i) => String(i + 1))));
    expect(b.table.rows.every((r) => r.values[2] === '完成')).toBe(true);
    expect(b.table.rows.filter((r) => r.name === '森林增长').map((r) => r.sub)).toEqual(['林地面积总量（公顷）', '森林覆盖率（%）', '森林蓄积量（万立方米）']);
    expect(b.footnoteLabel).toBe('说明');
    expect(b.footnotes.map((f) => f.mark)).toEqual([1, 2, 3]);
  });
  it('reads box 2 as 19 indicators in 5 groups, 18 binding and 1 expected', () => {
    const b = byId.get('box-2') as TableBox;
    expect(b.table.rows).toHaveLength(19);
    expect(new Set(b.table.rows.map((r) => r.group)).size).toBe(5);
    expect(b.table.rows.filter((r) => r.nature === '约束性')).toHaveLength(18);
    expect(b.table.rows.filter((r) => r.nature === '预期性')).toHaveLength(1);
    expect(b.table.rows.find((r) => r.name.startsWith('挥发性有机物'))!.values).toEqual(['29..3【2】', '由市级下达']);
    expect(b.footnoteLabel).toBe('备注');
    expect(b.footnotes[0]!.text).toContain('2019年数据');
  });
  it('gives each table row the seed lines it was printed on', () => {
    const row = (byId.get('box-2') as TableBox).table.rows.find((r) => r.name === '细颗粒物（PM2.5）年均浓度（微克/立方米)')!;
    const text = row.lines.map((n) => seedLines[n - 1]).join('');
    expect(text).toContain('细颗粒物（PM2.5）年均浓度');
    expect(text).toContain('37【1】');
  });
  it('reads list boxes as titled items, grouped where the box has （一）… groups', () => {
    const b3 = byId.get('box-3') as Extract<Box, { variant: 'list' }>;
    expect(b3.entries.map((e) => (e.kind === 'item' ? e.lead : e.title))).toEqual(['推进企业环保搬迁。', '清洁能源使用配套设施建设。', '绿色物流建设。']);
    const b4 = byId.get('box-4') as Extract<Box, { variant: 'list' }>;
    expect(b4.entries.map((e) => (e.kind === 'group' ? e.title : e.id))).toEqual([
      '（一）大气环境质量改善工程', '（二）水环境质量改善工程', '（三）污染地块风险管控和修复工程', '（四）农村环境污染综合治理工程',
    ]);
    expect(b4.entries.flatMap((e) => (e.kind === 'group' ? e.items : [])).length).toBe(16);
  });
});

describe('closing block', () => {
  it('reads 规划范围 and 规划时限 with base year, period and outlook', () => {
    const [scope, period] = plan.closing.parts;
    expect(scope!.title).toBe('规划范围');
    expect(period!.title).toBe('规划时限');
    expect(period!.blocks.map((b) => (b.kind === 'term' ? `${b.label}=${b.value}` : b.id))).toEqual([
      '规划基准年=2020年', '规划实施期=2021-2025年', '远景展望至=2035年',
    ]);
  });
});

describe('ids and losslessness', () => {
  it('gives every node a unique, readable id', () => {
    const ids = allNodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(title|preface(-p\d\d)?|ch\d\d(-s\d\d)?(-p\d\d)?|box-\d(-(r|i|g)\d\d)?|closing(-s\d\d(-(p|t)\d\d)?)?|note-\d)$/);
  });
  it('accounts for every non-blank seed line exactly once', () => {
    expect(checkLossless(plan, seedText)).toEqual([]);
    const used = allNodes.flatMap((n) => n.lines).sort((a, b) => a - b);
    const nonBlank = seedLines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(used).toEqual(nonBlank);
  });
  it('notices a lost paragraph', () => {
    const broken = structuredClone(plan);
    broken.chapters[3]!.sections[1]!.blocks.splice(2, 1);
    const problems = checkLossless(broken, seedText);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line \d+ is not published/);
  });
  it('notices changed text', () => {
    const broken = structuredClone(plan);
    (broken.chapters[0]!.intro[0] as Paragraph).text += '。';
    expect(checkLossless(broken, seedText)).toEqual([expect.stringContaining('ch01-p01')]);
  });
  it('keeps ids stable when unrelated text changes', async () => {
    const { loadPlan } = await import('../../src/parser/index.ts');
    const { withSeed } = await import('./helpers.ts');
    const edited = loadPlan(withSeed((t) => t.replace('生态环境保护主体责任全面落实。', '生态环境保护主体责任全面落实。（修订）')));
    const ids = (p: typeof plan) => [...walkPlan(p)].map((n) => n.id);
    expect(ids(edited)).toEqual(ids(plan));
  });
});
