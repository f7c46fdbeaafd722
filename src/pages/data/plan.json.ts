import type { APIRoute } from 'astro';
import { getLocalizedTree } from '../../core/astro/localized-plan.ts';
import { jsonResponse } from '../../core/astro/open-data.ts';

// The whole plan tree in both languages, with stable ids and the seed lines of every node.
export const GET: APIRoute = async () => {
  const [zh, en] = await Promise.all([getLocalizedTree('zh'), getLocalizedTree('en')]);
  return jsonResponse({ source: 'seeds/yubei-eco-plan-2021-2025.zh.txt', zh, en });
};
