import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/core/collections/glossary.ts';
import { buildLessons, buildTeacherNotes } from '../../src/core/collections/learn.ts';
import { lessonReferences } from '../../src/core/collections/lesson-references.ts';
import { Problems } from '../../src/core/problems.ts';
import { checkContent } from '../../src/core/assemble.ts';
import { content, plan, sources, withSources } from './helpers.ts';

const lessons = sources.lessons.map((r) => r.record);
const known = { indicators: new Set(content.indicators.map((i) => i.id)), commitments: new Set(content.commitments.map((c) => c.id)), terms: new Set(content.glossary.map((g) => g.id)) };
/** The explanation section: from the first heading to the second. */
const explanation = (body: string) => body.split(/^## /mu)[1] ?? '';
const prose = (body: string) => body.replace(/<(Quote|Fact|Term)\b[^>]*\/>/gu, ' ');

describe('lessons', () => {
  it('eight or more topics, each in both languages', () => {
    expect(content.lessons.zh.map((l) => l.slug).sort()).toEqual(content.lessons.en.map((l) => l.slug).sort());
    expect(content.lessons.zh.length).toBeGreaterThanOrEqual(8);
    expect(new Set(content.lessons.zh.map((l) => content.topics.of('lessons', l.slug)[0])).size).toBeGreaterThanOrEqual(7);
  });
  it('have objectives, explanation, key facts, an activity, discussion questions and a quiz', () => {
    for (const l of lessons) {
      const headings = [...l.body.matchAll(/^## (.+)$/gmu)].map((m) => m[1]!.trim());
      expect(headings.length, `${l.locale}/${l.slug}`).toBeGreaterThanOrEqual(4);
      expect(l.data.objectives.length).toBeGreaterThanOrEqual(2);
      expect(l.data.discussion?.length ?? 0, `${l.locale}/${l.slug}`).toBeGreaterThanOrEqual(2);
      expect(l.data.quiz.length).toBeGreaterThanOrEqual(3);
    }
  });
  it('resolve every reference, take every figure from a cited source, prove each quiz answer (checked by the content core)', () => {
    const problems = new Problems();
    buildLessons(sources.lessons, known, content.nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('a lesson with an unknown reference, a retyped figure or an unlinked term is caught, with its file', () => {
    const [r] = sources.lessons;
    const broken = { ...r!, record: { ...r!.record, body: `${r!.record.body}\n<Fact commitment="no-such-commitment" /> <Quote id="ch99-p01" /> 8848`, data: { ...r!.record.data, terms: [...r!.record.data.terms, 'carbon-peak'] } } };
    const problems = new Problems();
    buildLessons([broken, ...sources.lessons.slice(1)], known, content.nodes, problems);
    expect(problems.list).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${r!.file}:1: <commitment> no-such-commitment`, 'u')),
      expect.stringContaining('<quote> ch99-p01'),
      expect.stringContaining('the figure 8848 in the text occurs in none'),
      expect.stringContaining('term carbon-peak is listed but not linked'),
    ]));
    expect(lessonReferences('<Fact commitment="x" /> <Quote id="ch99-p01" />').map((x) => x.id)).toEqual(['x', 'ch99-p01']);
  });
  it('use short sentences in their explanations', () => {
    for (const l of lessons) {
      const text = prose(explanation(l.body)).replace(/[*#>-]/gu, '');
      const sentences = text.split(l.locale === 'zh' ? /[。！？]/u : /[.!?](?:\s|$)/u).map((s) => s.trim()).filter((s) => s.length > 1);
      const lengths = sentences.map((s) => (l.locale === 'zh' ? [...s.replace(/\s/gu, '')].length : s.split(/\s+/u).length));
      const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      // Plain language: about 40 characters per Chinese sentence, 20 words per English one.
      expect(average, `${l.locale}/${l.slug}`).toBeLessThan(l.locale === 'zh' ? 45 : 22);
    }
  });
});

describe('teacher notes', () => {
  it('exist for every lesson in both languages, with a model answer per discussion question and timing that adds up', () => {
    for (const l of content.lessons.zh) expect(content.teacherNotes.get(l.slug), l.slug).toMatchObject({ zh: expect.any(Object), en: expect.any(Object) });
    const problems = new Problems();
    buildTeacherNotes(sources.teacherNotes, content.lessons, content.nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('have the same structure in both languages', () => {
    for (const [slug, notes] of content.teacherNotes) {
      const shape = (n: typeof notes.zh) => [n.objectives.knowledge.length, n.objectives.attitudes.length, n.objectives.action.length, n.curriculum.length, n.timing.map((s) => s.minutes), n.answers.length, n.worksheet.tables.map((t) => [t.columns.length, t.rows])];
      expect(shape(notes.en), slug).toEqual(shape(notes.zh));
    }
  });
  it('a missing model answer or a timing that does not add up is caught', () => {
    const [r] = sources.teacherNotes;
    const problems = new Problems();
    buildTeacherNotes([{ ...r!, record: { ...r!.record, data: { ...r!.record.data, answers: r!.record.data.answers.slice(1), timing: [...r!.record.data.timing, { minutes: 5, step: 'x' }] } } }], content.lessons, content.nodes, problems);
    expect(problems.list).toEqual(expect.arrayContaining([expect.stringContaining('model answers for'), expect.stringContaining('the timing adds up to')]));
  });
});

describe('glossary', () => {
  const glossary = content.glossary;
  it('has at least 50 terms, each with a definition in both languages, each occurring in the plan (checked by the content core)', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(50);
    const problems = new Problems();
    buildGlossary(sources.glossary, plan, content.nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('a term the plan does not use, or a name without its term, is caught', () => {
    const [r] = sources.glossary;
    const problems = new Problems();
    buildGlossary([{ ...r!, record: { ...r!.record, zh: '不存在的术语', variants: [], names: [{ zh: '国际生物多样性日', en: 'x' }] } }], plan, content.nodes, problems);
    expect(problems.list).toEqual(expect.arrayContaining([expect.stringContaining('不存在的术语 does not occur in the plan'), expect.stringContaining('does not contain the term')]));
  });
  it('finds the paragraphs where a term occurs', () => {
    expect(glossary.find((g) => g.id === 'river-chief')!.occurrences).toEqual(expect.arrayContaining(['ch01-s01-p03']));
  });
  it('holds only terms the seed uses, unique', () => {
    const seed = readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt', 'utf8').replace(/\s/gu, '');
    expect(glossary.filter((g) => ![g.zh, ...g.variants].some((f) => seed.includes(f))).map((g) => g.id)).toEqual([]);
    expect(new Set(glossary.map((g) => g.zh)).size).toBe(glossary.length);
  });
});

describe('eco calendar', () => {
  it('gives each day as the plan writes it, and says when a day has no fixed date', () => {
    expect(content.calendar.map((d) => d.id)).toEqual(['earth-day', 'biodiversity-day', 'world-environment-day', 'low-carbon-day']);
    const lowCarbon = content.calendar.find((d) => d.id === 'low-carbon-day')!;
    expect(lowCarbon.dateNote?.zh).toMatch(/没有固定日期/u);
    expect(lowCarbon.dateNote?.en).toMatch(/^No fixed date/u);
  });
  it('rejects a date the plan does not write, with the file and line', () => {
    const calendar = sources.calendar.map((d) => (d.record.id === 'earth-day' ? { ...d, record: { ...d.record, date: { month: 4, day: 23 } } } : d));
    const { problems } = checkContent(withSources({ calendar }));
    expect(problems.join('\n')).toMatch(/src\/content\/calendar\/days\.yaml:\d+.*earth-day: the date 4-23 is not the one the plan writes/u);
  });
});
