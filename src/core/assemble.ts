import { LOCALE_IDS, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/text/index.ts';
import { chineseNumeral } from '../parser/chinese-numerals.ts';
import { planView, type PlanView } from '../parser/parts.ts';
import type { Plan } from '../parser/types.ts';
import { ContentError } from './content-error.ts';
import { groupEditorialNotes } from './collections/editorial.ts';
import { buildGlossary, type GlossaryEntry } from './collections/glossary.ts';
import { checkGuide } from './collections/guide.ts';
import { buildIndicators } from './collections/indicators.ts';
import { buildCalendar, buildLessons, buildTeacherNotes, type LessonEntry } from './collections/learn.ts';
import { buildPlaces, type PlaceIndex } from './collections/places.ts';
import { checkCommitments, checkFigures, checkProjects } from './collections/quoted.ts';
import { checkRenderings, pairs } from './collections/renderings.ts';
import { checkSentences } from './collections/sentences.ts';
import { buildTopics, type TopicIndex } from './collections/topics.ts';
import { buildNodeIndex, type NodeIndex } from './nodes/node-index.ts';
import { inside, Problems } from './problems.ts';
import type { BriefSection } from './schemas/brief.ts';
import type { CalendarDay } from './schemas/calendar.ts';
import type { Commitment } from './schemas/commitment.ts';
import type { EditorialNote } from './schemas/editorial.ts';
import type { Figure } from './schemas/figure.ts';
import type { Indicator } from './schemas/indicator.ts';
import type { Project } from './schemas/project.ts';
import type { ReportGuide } from './schemas/report-guide.ts';
import type { TeacherNotes } from './schemas/teacher-notes.ts';
import type { ContentSources } from './sources.ts';
import { checkTranslations } from './translation/check-translations.ts';
import { localizePlan } from './translation/localize-plan.ts';

/** Everything the site publishes, assembled and cross-checked once. */
export interface Content {
  /** The plan tree in every language (the same ids everywhere). */
  trees: Readonly<Record<Locale, Plan>>;
  /** The plan as pages show it: title block, parts in reading order, endnotes. */
  views: Readonly<Record<Locale, PlanView>>;
  nodes: NodeIndex;
  editorial: ReadonlyMap<string, readonly EditorialNote[]>;
  glossary: GlossaryEntry[];
  indicators: Indicator[];
  figures: Figure[];
  commitments: Commitment[];
  projects: Project[];
  guide: ReportGuide;
  calendar: CalendarDay[];
  lessons: Readonly<Record<Locale, LessonEntry[]>>;
  teacherNotes: ReadonlyMap<string, Readonly<Record<Locale, TeacherNotes>>>;
  brief: BriefSection[];
  topics: TopicIndex;
  places: PlaceIndex;
}

/** The plan in every language: the source tree, and each translation applied to it. */
function planTrees(s: ContentSources, problems: Problems): Record<Locale, Plan> {
  const trees = { [SOURCE_LOCALE]: s.plan } as Record<Locale, Plan>;
  for (const locale of LOCALE_IDS.filter((l) => l !== SOURCE_LOCALE)) {
    const { dir, files } = s.translations.get(locale) ?? { dir: `src/content/translations/${locale}`, files: new Map() };
    const { t } = translator(locale);
    try {
      trees[locale] = localizePlan(s.plan, files, dir, {
        chapter: (number) => t('plan.chapterLabel', { number, numeral: chineseNumeral(number) }),
        section: (number) => t('plan.sectionLabel', { number, numeral: chineseNumeral(number) }),
        box: (number) => t('plan.boxLabel', { number }),
      });
    } catch (e) {
      problems.file(dir, e instanceof Error ? e.message : String(e));
      trees[locale] = s.plan;
    }
    for (const p of checkTranslations(s.plan, files, s.glossary.map((g) => g.record))) problems.file(`${dir}/${p.file}.yaml`, `${p.key}: ${p.message}`);
  }
  return trees;
}

/** Assembles the content and lists every problem found, without throwing. */
export function checkContent(s: ContentSources): { content: Content; problems: readonly string[] } {
  const problems = new Problems();
  const trees = planTrees(s, problems);
  const nodes = buildNodeIndex(trees);
  const glossary = buildGlossary(s.glossary, s.plan, nodes, problems);
  const indicators = buildIndicators(trees.zh, trees.en, s.indicatorMeta, problems);
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const commitments = checkCommitments(s.commitments, new Set(indicators.filter((i) => i.box === 2).map((i) => i.id)), nodes, problems);
  const projects = checkProjects(s.projects, nodes, problems);
  const lessons = buildLessons(s.lessons, { indicators: indicatorIds, commitments: new Set(commitments.map((c) => c.id)), terms: new Set(glossary.map((g) => g.id)) }, nodes, problems);
  const guide = checkGuide(s.guide, nodes, problems);
  for (const r of s.brief) checkSentences(r, `brief ${r.record.id}`, r.record.sentences, nodes, problems);
  const topics = buildTopics(s.topics, s.topicAssignments, {
    paragraphs: new Set(nodes.textIds().filter((id) => nodes.isQuotable(id))),
    commitments: new Set(commitments.map((c) => c.id)),
    projects: new Set(projects.map((p) => p.id)),
    indicators: indicatorIds,
    lessons: new Set(lessons.zh.map((l) => l.slug)),
    guide: new Set(guide.problems.map((p) => p.id)),
    glossary: new Set(glossary.map((g) => g.id)),
  }, nodes, problems);
  checkRenderings(
    [
      ...s.commitments.flatMap((r) => pairs(r, r.record.id, { measure: r.record.measure, quote: { zh: r.record.quote, en: r.record.quoteEn } })),
      ...s.projects.flatMap((r) => pairs(r, r.record.id, { name: r.record.name, location: r.record.location })),
      ...s.figures.flatMap((r) => pairs(r, r.record.id, { title: r.record.title, summary: r.record.summary, ...Object.fromEntries(r.record.categories.map((c, k) => [`category ${k + 1}`, c])) })),
      ...s.calendar.flatMap((r) => pairs(r, r.record.id, { name: r.record.name, activity: r.record.activity })),
      ...s.guide.record.problems.flatMap((p, i) => pairs(inside(s.guide, 'problems', i), p.id, { title: p.title, examples: p.examples, promise: p.promise })),
      ...s.guide.record.afterReport.flatMap((a, i) => pairs(inside(s.guide, 'afterReport', i), `afterReport ${i + 1}`, { text: a.text })),
      ...s.guide.record.takePart.flatMap((a, i) => pairs(inside(s.guide, 'takePart', i), `takePart ${i + 1}`, { text: a.text })),
      ...s.brief.flatMap((r) => [...pairs(r, `brief ${r.record.id}`, { heading: r.record.heading }), ...r.record.sentences.flatMap((x, k) => pairs(r, `brief ${r.record.id}`, { [`sentence ${k + 1}`]: x }))]),
      ...s.topics.flatMap((r) => [...pairs(r, `topic ${r.record.id}`, { name: r.record.name, summary: r.record.summary }), ...r.record.intro.flatMap((x, k) => pairs(r, `topic ${r.record.id}`, { [`sentence ${k + 1}`]: x }))]),
    ],
    s.glossary.map((g) => g.record),
    problems,
  );
  const content: Content = {
    trees,
    views: Object.fromEntries(LOCALE_IDS.map((l) => [l, planView(trees[l])])) as Record<Locale, PlanView>,
    nodes,
    editorial: groupEditorialNotes(s.editorial, nodes, problems),
    glossary,
    indicators,
    figures: checkFigures(s.figures, nodes, problems),
    commitments,
    projects,
    guide,
    calendar: buildCalendar(s.calendar, nodes, problems),
    lessons,
    teacherNotes: buildTeacherNotes(s.teacherNotes, lessons, nodes, problems),
    brief: s.brief.map((r) => r.record),
    topics,
    places: buildPlaces(
      s.places,
      {
        commitments: commitments.map((c) => ({ id: c.id, text: c.quote })),
        projects: projects.map((p) => ({ id: p.id, text: [p.quote, p.name.zh, p.location?.zh ?? ''].join(' ') })),
        indicators: indicators.map((i) => ({ id: i.id, node: i.row })),
        lessons: s.lessons.filter((l) => l.record.locale === 'zh').map((l) => ({ id: l.record.slug, text: `${l.record.data.title} ${l.record.data.summary} ${l.record.body}` })),
      },
      nodes,
      problems,
    ),
  };
  return { content, problems: problems.list };
}

/** Assembles the content; any problem fails with all of them listed (`file:line: problem`). */
export function assembleContent(s: ContentSources): Content {
  const { content, problems } = checkContent(s);
  if (problems.length) throw new ContentError(problems);
  return content;
}
