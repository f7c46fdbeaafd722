import type { APIRoute } from 'astro';
import { DATASETS, jsonResponse } from '../../core/astro/open-data.ts';

export const getStaticPaths = () => Object.keys(DATASETS).map((dataset) => ({ params: { dataset } }));

export const GET: APIRoute = async ({ params }) => jsonResponse(await DATASETS[params.dataset!]!());
