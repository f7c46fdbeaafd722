/**
 * Checks lessons, glossary and the report guide without building the site:
 * frontmatter and data against their schemas, and every id they cite against the plan
 * and the data files (<Quote id>, <Fact indicator|commitment>, <Term id>, sources).
 *   node scripts/check-content.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { commitmentSchema } from '../src/core/schemas/commitment.ts';
import { glossaryTermSchema } from '../src/core/schemas/glossary.ts';
import { indicatorMetaSchema } from '../src/core/schemas/indicator.ts';
import { lessonSchema } from '../src/core/schemas/lesson.ts';
import { reportGuideSchema } from '../src/core/schemas/report-guide.ts';
import { nodeParts } from '../src/core/nodes/node-parts.ts';
import { readPlanFromDisk } from '../src/parser/read-plan-files.ts';
import { readYamlRecords } from '../src/parser/yaml-input.ts';
import { lessonReferences } from '../src/core/lesson-references.ts';
import { teacherNotesSchema, type TeacherNotes } from '../src/core/schemas/teacher-notes.ts';

const plan = readPlanFromDisk();
const nodes = nodeParts(plan);
const read = <T>(file: string, schema: Parameters<typeof readYamlRecords>[2]) => readYamlRecords(file, readFileSync(file, 'utf8'), schema).map((r) => r.record as T);
const glossary = read<{ id: string; definition?: unknown }>('src/content/glossary/terms.yaml', glossaryTermSchema);
const indicators = new Set(read<{ id: string }>('src/content/indicators/indicators.yaml', indicatorMetaSchema).map((i) => i.id));
const commitments = new Set(read<{ id: string }>('src/content/commitments/commitments.yaml', commitmentSchema).map((c) => c.id));
const terms = new Set(glossary.map((g) => g.id));
const problems: string[] = [];
const node = (file: string, id: string) => nodes.has(id) || problems.push(`${file}: no plan node ${id}`);

for (const lang of ['zh', 'en']) {
  const dir = `src/content/lessons/${lang}`;
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
    const file = `${dir}/${f}`;
    const text = readFileSync(file, 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n/u.exec(text);
    if (!fm) {
      problems.push(`${file}: no frontmatter`);
      continue;
    }
    const r = lessonSchema.safeParse(parse(fm[1]!));
    if (!r.success) {
      problems.push(...r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    r.data.sources.forEach((s) => node(file, s));
    r.data.quiz.forEach((q, k) => {
      node(file, q.source);
      if (q.answer >= q.options.length) problems.push(`${file}: quiz ${k + 1}: answer ${q.answer} is not an option`);
    });
    r.data.terms.forEach((t) => terms.has(t) || problems.push(`${file}: no glossary term ${t}`));
    for (const ref of lessonReferences(text)) {
      if (ref.kind === 'quote') node(file, ref.id);
      if (ref.kind === 'indicator' && !indicators.has(ref.id)) problems.push(`${file}: no indicator ${ref.id}`);
      if (ref.kind === 'commitment' && !commitments.has(ref.id)) problems.push(`${file}: no commitment ${ref.id}`);
      if (ref.kind === 'term' && !terms.has(ref.id)) problems.push(`${file}: no glossary term ${ref.id}`);
    }
    const other = `src/content/lessons/${lang === 'zh' ? 'en' : 'zh'}/${f}`;
    if (!existsSync(other)) problems.push(`${file}: no twin ${other}`);
    // Teacher notes, when they exist: schema, one model answer per discussion question, timing.
    const notesFile = `src/content/teacher-notes/${lang}/${f.replace(/\.mdx$/u, '.yaml')}`;
    if (existsSync(notesFile)) {
      const n = teacherNotesSchema.safeParse(parse(readFileSync(notesFile, 'utf8')));
      if (!n.success) problems.push(...n.error.issues.map((i) => `${notesFile}: ${i.path.join('.')}: ${i.message}`));
      else {
        const notes: TeacherNotes = n.data;
        const asked = r.data.discussion?.length ?? 0;
        if (notes.answers.length !== asked) problems.push(`${notesFile}: ${notes.answers.length} answers for ${asked} discussion questions`);
        const minutes = notes.timing.reduce((a, s) => a + s.minutes, 0);
        if (minutes !== r.data.minutes) problems.push(`${notesFile}: timing adds up to ${minutes} minutes; the lesson says ${r.data.minutes}`);
        notes.answers.forEach((a) => a.sources.forEach((s) => node(notesFile, s)));
      }
    }
  }
}
const defined = glossary.filter((g) => g.definition).length;
if (defined < 50) problems.push(`src/content/glossary/terms.yaml: ${defined} terms have a definition; at least 50 are needed`);

if (existsSync('src/content/report/guide.yaml')) {
  const r = reportGuideSchema.safeParse(parse(readFileSync('src/content/report/guide.yaml', 'utf8')));
  if (!r.success) problems.push(...r.error.issues.map((i) => `guide.yaml: ${i.path.join('.')}: ${i.message}`));
  else {
    r.data.problems.forEach((p) => p.plan.forEach((s) => node('guide.yaml', s)));
    [...r.data.afterReport, ...r.data.takePart].forEach((x) => node('guide.yaml', x.source));
  }
}
for (const p of problems) console.log(p);
console.log(`${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
