import type { APIRoute } from 'astro';
import { recordDatasets } from '../../core/open-data/datasets.ts';
import { csvResponse } from '../../core/open-data/responses.ts';

export const getStaticPaths = () => recordDatasets.filter((d) => d.formats.includes('csv')).map((d) => ({ params: { dataset: d.id } }));

export const GET: APIRoute = ({ params, locals }) => csvResponse(recordDatasets.find((d) => d.id === params.dataset)!.records(locals.page.content));
