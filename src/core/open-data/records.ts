import type { GlossaryEntry } from '../collections/glossary.ts';
import type { PlaceEntry } from '../collections/places.ts';
import type { Commitment } from '../schemas/commitment.ts';
import type { Project } from '../schemas/project.ts';
import type { Cell } from './csv.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Indicator } from '../schemas/indicator.ts';

/**
 * Flat records for the open-data files: one per indicator value (indicators) or per figure
 * value (figures). The JSON and CSV downloads hold exactly these records.
 */
export function indicatorRecords(indicators: readonly Indicator[]): Record<string, Cell>[] {
  return indicators.flatMap((i) =>
    i.values.map((v) => ({
      indicator_id: i.id,
      source_row: i.row,
      box: i.box,
      period: i.box === 1 ? '2016-2020' : '2021-2025',
      number: i.number,
      category_zh: i.category.zh,
      category_en: i.category.en,
      parent_zh: i.parent?.zh ?? null,
      parent_en: i.parent?.en ?? null,
      name_zh: i.name.zh,
      name_en: i.name.en,
      unit_zh: i.unit?.zh ?? null,
      unit_en: i.unit?.en ?? null,
      nature: i.nature,
      direction: i.direction,
      value_key: v.key,
      value_label_zh: v.label.zh,
      value_label_en: v.label.en,
      printed_zh: v.printed.zh,
      printed_en: v.printed.en,
      value: v.value,
      comparator: v.comparator,
      secondary: v.secondary,
      notes: v.notes.join(' '),
      notes_text_zh: i.footnotes.filter((f) => v.notes.includes(f.mark)).map((f) => `【${f.mark}】${f.text.zh}`).join(' '),
      notes_text_en: i.footnotes.filter((f) => v.notes.includes(f.mark)).map((f) => `[${f.mark}] ${f.text.en}`).join(' '),
      editorial_note: v.editorial,
      discussed_in: i.discussedIn,
    })),
  );
}

export function figureRecords(figures: readonly Figure[]): Record<string, Cell>[] {
  return figures.flatMap((f) =>
    f.series.flatMap((s) =>
      f.categories.map((c, k) => ({
        figure_id: f.id,
        title_zh: f.title.zh,
        title_en: f.title.en,
        series_zh: s.name.zh,
        series_en: s.name.en,
        category_zh: c.zh,
        category_en: c.en,
        value: s.values[k] ?? null,
        unit_zh: f.unit.zh,
        unit_en: f.unit.en,
        sources: f.sources.map((x) => x.node).join(' '),
      })),
    ),
  );
}

/** Commitments, with the topics and places each belongs to (space-separated ids). */
export function commitmentRecords(commitments: readonly Commitment[], topics: (id: string) => readonly string[], places: (id: string) => readonly string[]): Record<string, Cell>[] {
  return commitments.map((c) => ({
    id: c.id,
    topics: topics(c.id).join(' '),
    places: places(c.id).join(' '),
    type: c.type,
    measure_zh: c.measure.zh,
    measure_en: c.measure.en,
    targets: c.targets.map((x) => `${x.comparator}${x.value} ${x.unit.zh}`).join('; '),
    targets_en: c.targets.map((x) => `${x.comparator}${x.value} ${x.unit.en}`).join('; '),
    deadline: c.deadline,
    strength: c.strength,
    quote_zh: c.quote,
    quote_en: c.quoteEn,
    source: c.source,
    status: c.status?.value ?? null,
    status_source: c.status?.source ?? null,
    status_date: c.status?.date ?? null,
  }));
}

export function projectRecords(projects: readonly Project[]): Record<string, Cell>[] {
  return projects.map((p) => ({
    id: p.id,
    category: p.category,
    name_zh: p.name.zh,
    name_en: p.name.en,
    location_zh: p.location?.zh ?? null,
    location_en: p.location?.en ?? null,
    quantities: p.quantities.map((q) => `${q.what.zh} ${q.value} ${q.unit.zh}`).join('; '),
    quantities_en: p.quantities.map((q) => `${q.what.en} ${q.value} ${q.unit.en}`).join('; '),
    quote_zh: p.quote,
    source: p.source,
  }));
}

export function glossaryRecords(glossary: readonly GlossaryEntry[]): Record<string, Cell>[] {
  return glossary.map((g) => ({
    id: g.id,
    zh: g.zh,
    en: g.en,
    variants: g.variants.join(' '),
    definition_zh: g.definition?.zh ?? null,
    definition_en: g.definition?.en ?? null,
    occurrences: g.occurrences.join(' '),
  }));
}

/** The gazetteer: each place with where the plan names it. */
export function placeRecords(places: readonly PlaceEntry[]): Record<string, Cell>[] {
  return places.map((p) => ({
    id: p.id,
    zh: p.zh,
    variants: p.variants.join(' '),
    en: p.en,
    type: p.type,
    within: p.within?.place ?? null,
    within_source: p.within?.source ?? null,
    mentions: p.mentions,
    nodes: p.nodes.join(' '),
    commitments: p.commitments.join(' '),
    projects: p.projects.join(' '),
  }));
}
