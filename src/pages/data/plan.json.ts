import type { APIRoute } from 'astro';
import { jsonResponse } from '../../core/open-data/responses.ts';
import { SEED_FILE } from '../../parser/read-plan-files.ts';

// The whole plan tree in both languages, with stable ids and the seed lines of every node.
export const GET: APIRoute = ({ locals }) => {
  const { trees } = locals.page.content;
  return jsonResponse({ source: SEED_FILE, zh: trees.zh, en: trees.en });
};
