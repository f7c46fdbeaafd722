import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { LOCALE_IDS, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { InputError } from '../parser/errors.ts';
import { readPlanFiles } from '../parser/read-plan-files.ts';
import { loadPlan } from '../parser/load-plan.ts';
import { lineOfPath, parseYamlText, readYamlDocument, readYamlDocumentWithLines, readYamlRecords } from '../parser/yaml-input.ts';
import { editorialNoteSchema } from './schemas/editorial.ts';
import { ContentError } from './content-error.ts';
import { briefSectionSchema } from './schemas/brief.ts';
import { calendarDaySchema } from './schemas/calendar.ts';
import { commitmentSchema } from './schemas/commitment.ts';
import { figureSchema } from './schemas/figure.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { indicatorMetaSchema } from './schemas/indicator.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { placeSchema } from './schemas/place.ts';
import { projectSchema } from './schemas/project.ts';
import { reportGuideSchema } from './schemas/report-guide.ts';
import { teacherNotesSchema } from './schemas/teacher-notes.ts';
import { topicAssignmentsSchema, topicSchema } from './schemas/topic.ts';
import { translationFileSchema } from './translation/check-translations.ts';
import type { ContentSources, LessonSource, Located, TeacherNotesSource } from './sources.ts';

/** Where each data file lives, relative to the project root. */
export const CONTENT_FILES = {
  glossary: 'src/content/glossary/terms.yaml',
  editorial: 'src/content/editorial/notes.yaml',
  indicatorMeta: 'src/content/indicators/indicators.yaml',
  figures: 'src/content/figures/figures.yaml',
  commitments: 'src/content/commitments/commitments.yaml',
  projects: 'src/content/projects/projects.yaml',
  guide: 'src/content/report/guide.yaml',
  calendar: 'src/content/calendar/days.yaml',
  brief: 'src/content/brief/brief.yaml',
  topics: 'src/content/topics/topics.yaml',
  topicAssignments: 'src/content/topics/assignments.yaml',
  places: 'src/content/places/places.yaml',
  lessons: 'src/content/lessons',
  teacherNotes: 'src/content/teacher-notes',
  translations: 'src/content/translations',
} as const;

/** Reads the YAML frontmatter of an MDX file, validated, with problems at their line in the file. */
function readFrontmatter<S extends z.ZodType>(file: string, text: string, schema: S): { data: z.infer<S>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/u.exec(text);
  if (!m) throw new InputError(file, 1, 'no YAML frontmatter');
  const yaml = m[1]!;
  const doc = parseYamlText(file, yaml);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const line = lineOfPath(doc, yaml, path);
    throw new InputError(file, line === undefined ? 1 : line + 1, `${path.join('.') || '(frontmatter)'}: ${issue.message}`);
  }
  return { data: result.data, body: text.slice(m[0].length) };
}

/**
 * Reads every source of the site from disk under `root`: the plan (parsed and proved lossless)
 * and every data file, each validated against its schema. All problems of all files are
 * reported together, each as `file:line: problem`. Files of collections that are still being
 * written (brief, topics, places, teacher notes) may be absent.
 */
export function readSources(root = '.'): ContentSources {
  const problems: string[] = [];
  const at = (path: string) => join(root, path);
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof InputError) problems.push(e.message);
      else throw e;
      return fallback;
    }
  };
  const records = <S extends z.ZodType<{ id: string }>>(file: string, schema: S, optional = false): Located<z.infer<S>>[] =>
    optional && !existsSync(at(file)) ? [] : attempt(() => readYamlRecords(file, readFileSync(at(file), 'utf8'), schema).map((r) => ({ ...r, file })), []);
  const perLocale = (dir: string, ext: string) =>
    LOCALE_IDS.flatMap((locale) => {
      const d = `${dir}/${locale}`;
      if (!existsSync(at(d))) return [];
      return readdirSync(at(d)).filter((f) => f.endsWith(ext)).sort().map((f) => ({ locale, slug: f.slice(0, -ext.length), file: `${d}/${f}` }));
    });

  const plan = attempt(() => loadPlan(readPlanFiles(root)), undefined);
  const translations = new Map<Locale, { dir: string; files: Map<string, z.infer<typeof translationFileSchema>> }>();
  for (const locale of LOCALE_IDS.filter((l) => l !== SOURCE_LOCALE)) {
    const dir = `${CONTENT_FILES.translations}/${locale}`;
    const files = new Map<string, z.infer<typeof translationFileSchema>>();
    for (const f of existsSync(at(dir)) ? readdirSync(at(dir)).filter((x) => x.endsWith('.yaml')).sort() : []) {
      const file = `${dir}/${f}`;
      const data = attempt(() => readYamlDocument(file, readFileSync(at(file), 'utf8'), translationFileSchema), undefined);
      if (data) files.set(f.replace(/\.yaml$/u, ''), data);
    }
    translations.set(locale, { dir, files });
  }
  const lessons: Located<LessonSource>[] = perLocale(CONTENT_FILES.lessons, '.mdx').flatMap(({ locale, slug, file }) =>
    attempt(() => {
      const { data, body } = readFrontmatter(file, readFileSync(at(file), 'utf8'), lessonSchema);
      return [{ record: { slug, locale, data, body }, file, line: 1 }];
    }, []),
  );
  const teacherNotes: Located<TeacherNotesSource>[] = perLocale(CONTENT_FILES.teacherNotes, '.yaml').flatMap(({ locale, slug, file }) =>
    attempt(() => [{ record: { slug, locale, data: readYamlDocument(file, readFileSync(at(file), 'utf8'), teacherNotesSchema) }, file, line: 1 }], []),
  );
  const single = <S extends z.ZodType>(file: string, schema: S, optional = false): Located<z.infer<S>> | undefined =>
    optional && !existsSync(at(file)) ? undefined : attempt(() => ({ ...readYamlDocumentWithLines(file, readFileSync(at(file), 'utf8'), schema), file, line: 1 }), undefined);

  const sources = {
    plan,
    translations,
    glossary: records(CONTENT_FILES.glossary, glossaryTermSchema),
    editorial: records(CONTENT_FILES.editorial, editorialNoteSchema),
    indicatorMeta: records(CONTENT_FILES.indicatorMeta, indicatorMetaSchema),
    figures: records(CONTENT_FILES.figures, figureSchema),
    commitments: records(CONTENT_FILES.commitments, commitmentSchema),
    projects: records(CONTENT_FILES.projects, projectSchema),
    guide: single(CONTENT_FILES.guide, reportGuideSchema),
    calendar: records(CONTENT_FILES.calendar, calendarDaySchema),
    lessons,
    teacherNotes,
    brief: records(CONTENT_FILES.brief, briefSectionSchema, true),
    topics: records(CONTENT_FILES.topics, topicSchema, true),
    topicAssignments: single(CONTENT_FILES.topicAssignments, topicAssignmentsSchema, true),
    places: records(CONTENT_FILES.places, placeSchema, true),
  };
  if (problems.length || !sources.plan || !sources.guide) throw new ContentError(problems);
  return sources as ContentSources;
}
