import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALE_IDS, LOCALES } from '../i18n/locales.ts';
import type { SiteFacts } from './nginx-config.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/iu;
const unescapeAttr = (s: string) => s.replace(/&#39;|&#x27;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** The meta policy of one page, as the browser reads it; undefined if it has none. */
export const metaPolicy = (html: string) => {
  const m = META.exec(html);
  return m ? unescapeAttr(m[1]!) : undefined;
};

/**
 * What the nginx configuration needs to know about a built site in `dir` served under `base`:
 * every page's policy, and the not-found page of each language (the source's at the root,
 * the others' under their prefix) that the build wrote.
 */
export function readSiteFacts(dir: string, base: string, hstsMaxAge?: number): SiteFacts {
  const policies: Record<string, string> = {};
  for (const full of htmlFiles(dir)) {
    const policy = metaPolicy(readFileSync(full, 'utf8'));
    if (policy !== undefined) policies[relative(dir, full).split(sep).join('/')] = policy;
  }
  const notFound = LOCALE_IDS.map((l) => LOCALES[l].prefix)
    .map((p) => ({ prefix: p ? `${p}/` : '', page: p ? `${p}/404/index.html` : '404.html' }))
    .filter((n) => existsSync(join(dir, n.page)));
  return { base, notFound, policies, ...(hstsMaxAge ? { hstsMaxAge } : {}) };
}
