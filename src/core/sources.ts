import type { Locale } from '../i18n/locales.ts';
import type { Plan } from '../parser/types.ts';
import type { BriefSection } from './schemas/brief.ts';
import type { CalendarDay } from './schemas/calendar.ts';
import type { Commitment } from './schemas/commitment.ts';
import type { EditorialNote } from './schemas/editorial.ts';
import type { Figure } from './schemas/figure.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { IndicatorMeta } from './schemas/indicator.ts';
import type { Lesson } from './schemas/lesson.ts';
import type { Place } from './schemas/place.ts';
import type { Project } from './schemas/project.ts';
import type { ReportGuide } from './schemas/report-guide.ts';
import type { TeacherNotes } from './schemas/teacher-notes.ts';
import type { Topic, TopicAssignments } from './schemas/topic.ts';
import type { TranslationFile } from './translation/check-translations.ts';

/** A record with the file and line it was read from, so that a cross-check can say where. */
export interface Located<T> {
  record: T;
  file: string;
  line: number;
  /** The line of a path inside the record (files that hold one record: the guide, the assignments). */
  lineOf?: (path: readonly (string | number)[]) => number;
}

/** A lesson's frontmatter and MDX body, in one language. */
export interface LessonSource {
  slug: string;
  locale: Locale;
  data: Lesson;
  /** The MDX body (for the references it makes through its components). */
  body: string;
}

export interface TeacherNotesSource {
  slug: string;
  locale: Locale;
  data: TeacherNotes;
}

/**
 * Everything the site is made from, each record schema-checked and located: the parsed plan and
 * the curated data files. `readSources()` reads them from disk; `assembleContent()` checks them
 * against each other and builds the typed content every page, script and test uses.
 */
export interface ContentSources {
  plan: Plan;
  /** Translation files by language and file id (`front`, `ch01` …, `closing`). */
  translations: ReadonlyMap<Locale, { dir: string; files: ReadonlyMap<string, TranslationFile> }>;
  glossary: Located<GlossaryTerm>[];
  editorial: Located<EditorialNote>[];
  indicatorMeta: Located<IndicatorMeta>[];
  figures: Located<Figure>[];
  commitments: Located<Commitment>[];
  projects: Located<Project>[];
  guide: Located<ReportGuide>;
  calendar: Located<CalendarDay>[];
  lessons: Located<LessonSource>[];
  teacherNotes: Located<TeacherNotesSource>[];
  brief: Located<BriefSection>[];
  topics: Located<Topic>[];
  topicAssignments: Located<TopicAssignments> | undefined;
  places: Located<Place>[];
}
