import type { Content } from '../assemble.ts';
import type { Cell } from './csv.ts';
import { commitmentRecords, figureRecords, glossaryRecords, indicatorRecords, placeRecords, projectRecords } from './records.ts';

export interface Dataset {
  id: string;
  /** The files offered. */
  formats: readonly ('csv' | 'json')[];
  /** Flat records (the CSV and JSON files hold exactly these), or none for a structured file. */
  records?: (content: Content) => Record<string, Cell>[];
  /** Fields of a structured file (its top-level keys). */
  fields?: readonly string[];
}

/**
 * The open datasets, in the order the Data page lists them. Each field's meaning lives in the
 * interface text (`dataset.<id>.field.<name>`), so the page documents every field it serves.
 */
export const DATASETS: readonly Dataset[] = [
  { id: 'indicators', formats: ['csv', 'json'], records: (c) => indicatorRecords(c.indicators) },
  { id: 'figures', formats: ['csv', 'json'], records: (c) => figureRecords(c.figures) },
  { id: 'commitments', formats: ['csv', 'json'], records: (c) => commitmentRecords(c.commitments, (id) => c.topics.of('commitments', id), (id) => c.places.commitment(id)) },
  { id: 'projects', formats: ['csv', 'json'], records: (c) => projectRecords(c.projects) },
  { id: 'plan', formats: ['json'], fields: ['source', 'zh', 'en'] },
  { id: 'glossary', formats: ['csv', 'json'], records: (c) => glossaryRecords(c.glossary) },
  { id: 'places', formats: ['csv', 'json'], records: (c) => placeRecords(c.places.list) },
];

/** The fields a dataset's files hold, in order. */
export const datasetFields = (d: Dataset, content: Content): string[] => (d.records ? Object.keys(d.records(content)[0] ?? {}) : [...(d.fields ?? [])]);

export const recordDatasets = DATASETS.filter((d): d is Dataset & { records: NonNullable<Dataset['records']> } => d.records !== undefined);
