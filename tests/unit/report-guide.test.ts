import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/client/composer.ts';
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

describe('report composer text', () => {
  const labels = { zh: Object.fromEntries(Object.entries(TEXT.zh).filter(([k]) => k.startsWith('compose.'))), en: Object.fromEntries(Object.entries(TEXT.en).filter(([k]) => k.startsWith('compose.'))) } as Record<'zh' | 'en', Record<string, string>>;
  const data = { locale: 'en' as const, labels, problems: guide.problems.map((p) => ({ id: p.id, zh: p.title.zh, en: p.title.en })) };
  const fields = { problem: guide.problems[0]!.id, place: 'Building 3, Example Road', when: 'after 10 p.m.', frequency: 'nightly', what: 'Piling all night', evidence: ['photos', 'times'], name: 'Li', phone: 'on request' };
  it('holds every field in the reader’s language', () => {
    const text = reportText(fields, 'en', data);
    for (const v of [guide.problems[0]!.title.en, fields.place, fields.when, 'every night', fields.what, 'Photos', 'Times noted down', 'Li', 'on request']) expect(text).toContain(v);
  });
  it('writes the fixed parts in Chinese for a Chinese channel, keeping what the reader typed', () => {
    const text = reportText(fields, 'zh', data);
    expect(text.split('\n')[0]).toBe('【环境问题举报】');
    for (const v of [guide.problems[0]!.title.zh, '具体地点：Building 3', '（每晚）', '照片、记录了时间']) expect(text).toContain(v);
  });
  it('leaves out what the reader did not fill in', () => {
    const text = reportText({ ...fields, place: '', evidence: [], name: '', phone: '' }, 'zh', data);
    expect(text).not.toMatch(/具体地点|已有的证据|联系方式/u);
  });
});
