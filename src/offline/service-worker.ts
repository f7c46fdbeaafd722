import { generateSW, type RuntimeCaching } from 'workbox-build';
import type { WorkboxPlugin } from 'workbox-core/types';
import { localizedPath } from '../i18n/paths.ts';
import { LOCALE_PREFIXES } from './bundles.ts';
import { BUILD_FILE, CACHES, SW_FILE } from './caches.ts';

/**
 * A function for the worker, from source text. Workbox writes plugins and route matchers into
 * the worker as source text, so they cannot close over values of the build: the values are
 * written into the text instead. It runs in the worker, never here.
 */
const workerFunction = <T>(args: string, body: string) => new Function(args, body) as T;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
/** A URL pattern for Workbox: the site path `path` (a regular expression source) under the base. */
const under = (base: string, path: string) => new RegExp(`^[^?#]*?${escape(base)}${path}`, 'u');

/**
 * The page shown when a page was neither saved nor visited and the network is gone: the offline
 * page of the request's language.
 */
function offlineFallback(base: string): WorkboxPlugin {
  const pages = LOCALE_PREFIXES.map(({ locale, prefix }) => [`${base}${prefix}`, localizedPath(base, locale, 'offline/')]);
  const body = `const path = new URL(request.url).pathname; const hit = ${JSON.stringify(pages)}.find((p) => path.startsWith(p[0])); return caches.match(hit ? hit[1] : ${JSON.stringify(pages.at(-1)![1])}, { ignoreSearch: true }).then((r) => r || Response.error());`;
  return { handlerDidError: workerFunction<NonNullable<WorkboxPlugin['handlerDidError']>>('{ request }', body) };
}

/** A page is cached under its address without the query (`search/?q=…`, `?hl=…` highlight links). */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: workerFunction<NonNullable<WorkboxPlugin['cacheKeyWillBeUsed']>>('{ request }', 'const url = new URL(request.url); url.search = ""; url.hash = ""; return Promise.resolve(url.href);'),
};

/**
 * How the worker answers each request:
 * - pages: network first (a page is always fresh when the network answers within 4 s), else the
 *   saved or visited copy, else the offline page;
 * - `_astro/` files and Pagefind's index chunks have hashed names: cache first;
 * - Pagefind's engine and entry, the icons and manifests: network first / stale-while-revalidate;
 * - anything else (data files, downloads): the network only, as without a worker.
 */
export function runtimeCaching(base: string): RuntimeCaching[] {
  const ok = { statuses: [200] };
  return [
    {
      urlPattern: workerFunction<RuntimeCaching['urlPattern']>('{ request }', 'return request.mode === "navigate";'),
      handler: 'NetworkFirst',
      options: { cacheName: CACHES.pages, networkTimeoutSeconds: 4, cacheableResponse: ok, matchOptions: { ignoreSearch: true, ignoreVary: true }, plugins: [withoutQuery, offlineFallback(base)] },
    },
    // Hashed files of earlier builds leave as newer ones are used (a few builds' worth are kept;
    // files a save stored are never counted until used, so a saved copy stays whole).
    { urlPattern: under(base, '_astro/'), handler: 'CacheFirst', options: { cacheName: CACHES.assets, cacheableResponse: ok, matchOptions: { ignoreVary: true }, expiration: { maxEntries: 200 } } },
    { urlPattern: under(base, 'pagefind/((index|fragment|filter)/|pagefind\\.[^/]+\\.pf_meta$)'), handler: 'CacheFirst', options: { cacheName: CACHES.search, cacheableResponse: ok, matchOptions: { ignoreVary: true }, expiration: { maxEntries: 4000 } } },
    // Pagefind asks for its entry with a cache-busting query (`pagefind-entry.json?ts=…`): offline, any copy will do.
    { urlPattern: under(base, 'pagefind/'), handler: 'NetworkFirst', options: { cacheName: CACHES.search, networkTimeoutSeconds: 4, cacheableResponse: ok, matchOptions: { ignoreSearch: true, ignoreVary: true }, plugins: [withoutQuery] } },
    { urlPattern: under(base, '(favicon\\.svg|icons/|([a-z-]+/)?manifest\\.webmanifest)'), handler: 'StaleWhileRevalidate', options: { cacheName: CACHES.assets, cacheableResponse: ok, matchOptions: { ignoreVary: true } } },
  ];
}

export interface WorkerInput {
  dist: string;
  base: string;
  build: string;
  /** Files the worker installs with itself: the offline pages and what they need, by path under the base. */
  precache: readonly { url: string; revision: string }[];
}

/**
 * Writes `sw.js` with workbox-build's generateSW: the Workbox runtime inlined (one file, no
 * request to any other host), the precache manifest of the offline pages, and the routes above.
 * The build's id is a precached entry, so every new build changes the worker and the browser
 * installs it; the new worker takes over at once and the pages say so (src/client/offline-register.ts).
 */
export async function writeServiceWorker({ dist, base, build, precache }: WorkerInput): Promise<void> {
  const { warnings } = await generateSW({
    swDest: `${dist}/${SW_FILE}`,
    globDirectory: dist,
    globPatterns: [],
    additionalManifestEntries: [...precache, { url: BUILD_FILE, revision: build }],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigationPreload: true,
    disableDevLogs: true,
    runtimeCaching: runtimeCaching(base),
  });
  if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
}
