import { getCollection } from 'astro:content';
import { buildIndicators } from '../indicators.ts';
import { checkSourced } from '../check-sourced.ts';
import type { Commitment, Project } from '../schemas/commitment.ts';
import type { ReportGuide } from '../schemas/report-guide.ts';
import { nodeParts } from '../nodes/node-parts.ts';
import { checkFigure, type Figure } from '../schemas/figure.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { quotableTexts } from '../source-text.ts';
import { localizedPath } from '../../i18n/paths.ts';
import { getPlan } from './get-plan.ts';
import { getLocalizedTree } from './localized-plan.ts';

let indicators: Promise<Indicator[]> | undefined;
let figures: Promise<Figure[]> | undefined;

/** Indicators of boxes 1 and 2, built once per build from the table rows and curated metadata. */
export function getIndicators(): Promise<Indicator[]> {
  indicators ??= (async () => {
    const [zh, en] = await Promise.all([getPlan(), getLocalizedTree('en')]);
    const meta = (await getCollection('indicatorMeta')).map((e) => e.data);
    return buildIndicators(zh, en, meta);
  })();
  return indicators;
}

/** Figures stated in the plan's text; the build fails if a number is not in its quote. */
export function getFigures(): Promise<Figure[]> {
  figures ??= (async () => {
    const texts = quotableTexts(await getPlan());
    const all = (await getCollection('figures')).map((e) => e.data);
    const problems = all.flatMap((f) => checkFigure(f, texts));
    if (problems.length) throw new Error(`src/content/figures/figures.yaml:\n  ${problems.join('\n  ')}`);
    return all;
  })();
  return figures;
}

let commitments: Promise<Commitment[]> | undefined;
let projects: Promise<Project[]> | undefined;

async function sourced<T extends { id: string; source: string; quote: string }>(collection: 'commitments' | 'projects', numbers: (r: T) => number[]): Promise<T[]> {
  const texts = quotableTexts(await getPlan());
  const all = (await getCollection(collection)).map((e) => e.data as unknown as T);
  const problems = checkSourced(all.map((r) => ({ ...r, numbers: numbers(r) })), texts);
  if (problems.length) throw new Error(`src/content/${collection}/${collection}.yaml:\n  ${problems.join('\n  ')}`);
  return all;
}

/** Commitments, checked against the plan text (verbatim quotes, numbers in quotes). */
export function getCommitments(): Promise<Commitment[]> {
  commitments ??= sourced<Commitment>('commitments', (c) => c.targets.map((t) => t.value));
  return commitments;
}

/** Key projects of boxes 3–8, checked the same way. */
export function getProjects(): Promise<Project[]> {
  projects ??= sourced<Project>('projects', (p) => p.quantities.map((q) => q.value));
  return projects;
}

/** Commitments by the node that makes them, as links into the explorer (for marks in the plan text). */
export async function getCommitmentMarks(locale: 'zh' | 'en'): Promise<Map<string, { id: string; label: string; href: string }[]>> {
  const page = localizedPath(import.meta.env.BASE_URL, locale, 'commitments/');
  const marks = new Map<string, { id: string; label: string; href: string }[]>();
  for (const c of await getCommitments()) {
    const list = marks.get(c.source) ?? [];
    list.push({ id: c.id, label: locale === 'zh' ? c.measure.zh : c.measure.en, href: `${page}#${c.id}` });
    marks.set(c.source, list);
  }
  return marks;
}

/** The residents' guide to report channels; the build fails if a cited node does not exist. */
export async function getReportGuide(): Promise<ReportGuide> {
  const [entry] = await getCollection('reportGuide');
  if (!entry) throw new Error('src/content/report/guide.yaml: missing');
  const parts = nodeParts(await getPlan());
  const { id: _id, ...guide } = entry.data;
  const cited = [...guide.problems.flatMap((p) => p.plan), ...guide.afterReport.map((a) => a.source), ...guide.takePart.map((a) => a.source)];
  const unknown = cited.filter((c) => !parts.has(c));
  if (unknown.length) throw new Error(`src/content/report/guide.yaml: no plan node ${unknown.join(', ')}`);
  return guide;
}
