import { toCsv, type Cell } from './csv.ts';

export const jsonResponse = (records: unknown) =>
  new Response(JSON.stringify(records, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const csvResponse = (records: Record<string, Cell>[]) =>
  new Response(toCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
