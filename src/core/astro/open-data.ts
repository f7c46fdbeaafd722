import { toCsv, type Cell } from '../open-data/csv.ts';
import { commitmentRecords, figureRecords, indicatorRecords, projectRecords } from '../open-data/records.ts';
import { getCommitments, getFigures, getIndicators, getProjects } from './get-data.ts';
import { getGlossary } from './get-glossary.ts';

/** The open datasets: name → records. JSON and CSV downloads are written from the same records. */
export const DATASETS: Record<string, () => Promise<Record<string, Cell>[]>> = {
  indicators: async () => indicatorRecords(await getIndicators()),
  figures: async () => figureRecords(await getFigures()),
  commitments: async () => commitmentRecords(await getCommitments()),
  projects: async () => projectRecords(await getProjects()),
  glossary: async () =>
    (await getGlossary()).map((g) => ({
      id: g.id,
      zh: g.zh,
      en: g.en,
      variants: g.variants.join(' '),
      definition_zh: g.definition?.zh ?? null,
      definition_en: g.definition?.en ?? null,
      occurrences: g.occurrences.join(' '),
    })),
};

export const jsonResponse = (records: unknown) =>
  new Response(JSON.stringify(records, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const csvResponse = (records: Record<string, Cell>[]) =>
  new Response(toCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
