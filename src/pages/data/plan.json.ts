import type { APIRoute } from 'astro';
import { getPlan, getTranslationFiles } from '../../lib/content/get-plan.ts';
import { jsonResponse } from '../../lib/content/open-data.ts';
import { localizePlan } from '../../lib/i18n/localize-plan.ts';

// The whole plan tree in both languages, with stable ids and the seed lines of every node.
export const GET: APIRoute = async () => {
  const zh = await getPlan();
  const en = localizePlan(zh, await getTranslationFiles('en'));
  return jsonResponse({ source: 'seeds/yubei-eco-plan-2021-2025.zh.txt', zh, en });
};
