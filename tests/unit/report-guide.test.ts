import { describe, expect, it } from 'vitest';
import { placeOption, reportText, type ComposerData, type ReportFields } from '../../src/client/report-text.ts';
import { CONTACT_ALLOWLIST } from '../../src/core/schemas/report-guide.ts';
import { TEXT } from '../../src/i18n/text/index.ts';
import { content } from './helpers.ts';

const { guide } = content;
const parts = content.nodes;

describe('report guide', () => {
  it('ties every promise to plan paragraphs that exist', () => {
    const cited = [...guide.problems.flatMap((p) => p.plan), ...guide.afterReport.map((a) => a.source), ...guide.takePart.map((a) => a.source)];
    expect(cited.filter((id) => !parts.has(id))).toEqual([]);
  });
  it('covers the problems residents meet, named in the issue', () => {
    const titles = guide.problems.map((p) => p.title.zh).join(' ');
    for (const w of ['施工', '油烟', '扬尘', '焚烧', '污水', '废气', '危险废物', '医疗废物', '散乱污', '河流', '禁渔']) expect(titles, w).toContain(w);
  });
  it('cites the handling standard and rewards where the plan states them', () => {
    const after = guide.afterReport.map((a) => `${a.source} ${a.text.zh}`).join('\n');
    expect(after).toMatch(/ch06-s04-p02 .*事事有答复/u);
    expect(after).toMatch(/ch06-s04-p01 .*奖励/u);
  });
});

describe('report guide: prompts, requests, emergency numbers and law', () => {
  it('asks, for every kind of problem, what a hotline operator needs, and offers requests to make', () => {
    for (const p of guide.problems) {
      expect(p.prompts.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.asks.length, p.id).toBeGreaterThanOrEqual(2);
    }
    const night = guide.problems.find((p) => p.id === 'night-construction-noise')!;
    expect(night.prompts.map((q) => q.label.zh).join(' ')).toMatch(/建设单位|工程名称/u);
    expect(night.prompts.map((q) => q.label.zh).join(' ')).toMatch(/夜间施工公告/u);
  });
  it('sends immediate danger to 110, 119 and 120, each on the contact allowlist with its source', () => {
    expect(guide.emergency?.numbers.map((n) => n.number)).toEqual(['110', '119', '120']);
    for (const n of guide.emergency!.numbers) expect(CONTACT_ALLOWLIST.find((c) => c.value === n.number)?.source, n.number).toMatch(/national/iu);
  });
  it('labels national law as law, each statement with an article and the problems it concerns', () => {
    for (const l of guide.law) {
      expect(l.title.zh).toBe('中华人民共和国噪声污染防治法');
      expect(l.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('report composer text', () => {
  const labels = Object.fromEntries((['zh', 'en'] as const).map((l) => [l, Object.fromEntries(Object.entries(TEXT[l]).filter(([k]) => k.startsWith('compose.')))])) as ComposerData['labels'];
  const night = guide.problems.find((p) => p.id === 'night-construction-noise')!;
  const data: ComposerData = {
    locale: 'en',
    labels,
    problems: guide.problems.map((p) => ({ id: p.id, title: p.title, prompts: p.prompts, asks: p.asks })),
    places: content.places.list.map((p) => ({ zh: p.zh, en: p.en })),
  };
  const yulin = content.places.list.find((p) => p.id === 'yulin-river')!;
  const fields: ReportFields = {
    problem: night.id,
    answers: { 'site-name': 'Phase 2 of Example Estate', 'night-notice': 'none', 'noise-kind': 'piling' },
    place: placeOption(yulin, 'en'),
    when: 'after 10 p.m.',
    frequency: 'nightly',
    what: 'Piling all night',
    evidence: ['photos', 'times'],
    asks: ['check-permit'],
    askOther: 'Please reply by phone',
    date: '2026-11-29',
    name: 'Li',
    phone: 'on request',
  };
  it('holds every field in the reader’s language', () => {
    const text = reportText(fields, 'en', data);
    for (const v of [night.title.en, 'Yulin River', fields.when, 'every night', fields.what, 'Photos', 'Times noted down', 'Li', 'on request', '29 November 2026', 'Phase 2 of Example Estate', 'Piling', night.asks[0]!.en, 'Please reply by phone']) expect(text).toContain(v);
    // Requests are listed one per line under their label.
    expect(text).toContain(`What I would like done:\n- ${night.asks[0]!.en}`);
    expect(text).toMatch(/^Contact: Li, on request$/mu);
  });
  it('writes every fixed part and chosen option in Chinese for a Chinese channel, the place the reader chose by its Chinese name', () => {
    const text = reportText(fields, 'zh', data);
    expect(text.split('\n')[0]).toBe('【环境问题举报】');
    for (const v of [night.title.zh, '具体地点：御临河', '（每晚）', '照片、记录了时间', '2026年11月29日', '打桩', '没有看到']) expect(text).toContain(v);
    expect(text).toContain(`诉求：\n- ${night.asks[0]!.zh}`);
  });
  it('leaves only what the reader typed in English, marked as such', () => {
    const text = reportText(fields, 'zh', data);
    const latin = text.split('\n').flatMap((l) => l.match(/[A-Za-z][A-Za-z .,0-9-]*[A-Za-z.]/gu) ?? []);
    expect(latin.sort()).toEqual(['Li', 'on request', 'Phase 2 of Example Estate', 'Piling all night', 'Please reply by phone', 'after 10 p.m.'].sort());
    for (const typed of ['Phase 2 of Example Estate（原文为英文）', 'Piling all night（原文为英文）', 'after 10 p.m.（原文为英文）']) expect(text).toContain(typed);
  });
  it('leaves out what the reader did not fill in', () => {
    const text = reportText({ ...fields, place: '', evidence: [], name: '', phone: '', answers: {}, asks: [], askOther: '' }, 'zh', data);
    expect(text).not.toMatch(/具体地点|已有的证据|联系方式|诉求/u);
  });
});
