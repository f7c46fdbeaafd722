import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitmentSchema } from '../../src/core/schemas/commitment.ts';
import { glossaryTermSchema } from '../../src/core/schemas/glossary.ts';
import { indicatorMetaSchema } from '../../src/core/schemas/indicator.ts';
import { lessonReferences } from '../../src/core/lesson-references.ts';
import { lessonSchema, type Lesson } from '../../src/core/schemas/lesson.ts';
import { numbersIn } from '../../src/core/source-text.ts';
import { nodeParts } from '../../src/core/nodes/node-parts.ts';
import { nodesContaining, nodeTexts } from '../../src/core/nodes/node-texts.ts';
import { readYamlRecords } from '../../src/parser/yaml-input.ts';
import { plan } from './helpers.ts';

const records = <T>(file: string, schema: Parameters<typeof readYamlRecords>[2]) => readYamlRecords(file, readFileSync(file, 'utf8'), schema).map((r) => r.record as T);
const glossary = records<{ id: string; zh: string; en: string; variants: string[]; names: { zh: string; en: string }[]; definition?: { zh: string; en: string } }>('src/content/glossary/terms.yaml', glossaryTermSchema);
const indicators = new Map(records<{ id: string; row: string }>('src/content/indicators/indicators.yaml', indicatorMetaSchema).map((i) => [i.id, i]));
const commitments = new Map(records<{ id: string; source: string; targets: { value: number }[] }>('src/content/commitments/commitments.yaml', commitmentSchema).map((c) => [c.id, c]));
const parts = nodeParts(plan);
const texts = nodeTexts(plan);

interface LessonFile {
  lang: 'zh' | 'en';
  slug: string;
  data: Lesson;
  body: string;
}
const lessons: LessonFile[] = (['zh', 'en'] as const).flatMap((lang) =>
  readdirSync(`src/content/lessons/${lang}`).filter((f) => f.endsWith('.mdx')).map((f) => {
    const text = readFileSync(`src/content/lessons/${lang}/${f}`, 'utf8');
    const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text)!;
    return { lang, slug: f.replace('.mdx', ''), data: lessonSchema.parse(parse(fm!)), body: body! };
  }),
);
/** The explanation section: from the first heading to the second. */
const explanation = (body: string) => body.split(/^## /mu)[1] ?? '';
const prose = (body: string) => body.replace(/<(Quote|Fact|Term)\b[^>]*\/>/gu, ' ');

describe('lessons', () => {
  it('eight or more topics, each in both languages', () => {
    const zh = lessons.filter((l) => l.lang === 'zh').map((l) => l.slug).sort();
    const en = lessons.filter((l) => l.lang === 'en').map((l) => l.slug).sort();
    expect(zh).toEqual(en);
    expect(zh.length).toBeGreaterThanOrEqual(8);
    expect(new Set(lessons.map((l) => l.data.topic)).size).toBeGreaterThanOrEqual(8);
  });
  it('have objectives, explanation, key facts, an activity, discussion and a quiz', () => {
    for (const l of lessons) {
      const headings = [...l.body.matchAll(/^## (.+)$/gmu)].map((m) => m[1]!.trim());
      expect(headings.length, `${l.lang}/${l.slug}`).toBeGreaterThanOrEqual(4);
      expect(l.data.objectives.length).toBeGreaterThanOrEqual(2);
      expect(l.data.quiz.length).toBeGreaterThanOrEqual(3);
    }
  });
  it('every <Quote>, <Fact> and <Term> resolves to the plan or the data', () => {
    const problems: string[] = [];
    for (const l of lessons) {
      for (const r of lessonReferences(l.body)) {
        const ok = r.kind === 'quote' ? texts.has(r.id) : r.kind === 'indicator' ? indicators.has(r.id) : r.kind === 'commitment' ? commitments.has(r.id) : glossary.some((g) => g.id === r.id);
        if (!ok) problems.push(`${l.lang}/${l.slug}: ${r.kind} ${r.id}`);
      }
      for (const s of [...l.data.sources, ...l.data.quiz.map((q) => q.source)]) if (!parts.has(s)) problems.push(`${l.lang}/${l.slug}: source ${s}`);
    }
    expect(problems).toEqual([]);
  });
  it('a lesson referring to an unknown id is caught', () => {
    expect(lessonReferences('<Fact commitment="no-such-commitment" /> <Quote id="ch99-p01" />').map((r) => r.id)).toEqual(['no-such-commitment', 'ch99-p01']);
  });
  it('take every figure in their prose from a cited source (no retyped numbers)', () => {
    const problems: string[] = [];
    for (const l of lessons) {
      const allowed = new Set(l.data.sources.flatMap((s) => numbersIn(texts.get(s) ?? '')));
      for (const n of numbersIn(prose(l.body))) if (!allowed.has(n)) problems.push(`${l.lang}/${l.slug}: ${n}`);
    }
    expect(problems).toEqual([]);
  });
  it('prove each quiz answer from its source paragraph', () => {
    for (const l of lessons.filter((x) => x.lang === 'zh')) {
      for (const q of l.data.quiz) {
        expect(q.answer, q.question).toBeLessThan(q.options.length);
        const source = texts.get(q.source) ?? '';
        for (const n of numbersIn(q.options[q.answer]!)) expect(numbersIn(source), `${l.slug}: ${q.question}`).toContain(n);
      }
    }
  });
  it('explain the terms they list, linking each to the glossary', () => {
    for (const l of lessons) {
      const linked = new Set(lessonReferences(l.body).filter((r) => r.kind === 'term').map((r) => r.id));
      expect(l.data.terms.filter((t) => !linked.has(t)), `${l.lang}/${l.slug}`).toEqual([]);
    }
  });
  it('use short sentences in their explanations', () => {
    for (const l of lessons) {
      const text = prose(explanation(l.body)).replace(/[*#>-]/gu, '');
      const sentences = text.split(l.lang === 'zh' ? /[。！？]/u : /[.!?](?:\s|$)/u).map((s) => s.trim()).filter((s) => s.length > 1);
      const lengths = sentences.map((s) => (l.lang === 'zh' ? [...s.replace(/\s/gu, '')].length : s.split(/\s+/u).length));
      const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      // Plain language: about 40 characters per Chinese sentence, 20 words per English one.
      expect(average, `${l.lang}/${l.slug}`).toBeLessThan(l.lang === 'zh' ? 45 : 22);
    }
  });
});

describe('glossary', () => {
  it('has at least 50 terms, each with a definition in both languages', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(50);
    expect(glossary.filter((g) => !g.definition?.zh || !g.definition?.en).map((g) => g.id)).toEqual([]);
  });
  it('holds only terms the plan uses', () => {
    const seed = readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt', 'utf8').replace(/\s/gu, '');
    expect(glossary.filter((g) => ![g.zh, ...g.variants].some((f) => seed.includes(f))).map((g) => g.id)).toEqual([]);
    // Proper names given for a term occur in the plan and contain the term.
    const names = glossary.flatMap((g) => g.names.map((n) => ({ ...n, term: g.zh })));
    expect(names.filter((n) => !seed.includes(n.zh) || !n.zh.includes(n.term))).toEqual([]);
  });
  it('finds the paragraphs where a term occurs', () => {
    expect(nodesContaining(texts, ['河长制', '河湖长制'])).toEqual(expect.arrayContaining(['ch01-s01-p03']));
  });
  it('has unique ids and terms', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
    expect(new Set(glossary.map((g) => g.zh)).size).toBe(glossary.length);
  });
});
