import type { Locale } from '../i18n/locales.ts';

/**
 * Names shared by the service worker (written at build, src/offline/service-worker.ts) and the
 * browser scripts that save the site for offline reading (src/client/offline-save.ts): both must
 * put and look up a file in the same cache.
 */
export const SW_FILE = 'sw.js';

/** Runtime caches: pages (HTML), hashed assets and icons, the search index; the record of what was saved. */
export const CACHES = {
  pages: 'yubei-pages',
  assets: 'yubei-assets',
  search: 'yubei-search',
  saved: 'yubei-saved',
} as const;

export type CacheKind = Exclude<keyof typeof CACHES, 'saved'>;

/** The cache that holds a site file, by its path under the base (`plan/ch01/`, `_astro/x.css`, `pagefind/…`). */
export function cacheFor(path: string): CacheKind {
  if (path.startsWith('pagefind/')) return 'search';
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'pages';
  return 'assets';
}

/** The page a site path is shown on: `plan/ch01/index.html` → `plan/ch01/` (a file keeps its name). */
export const pageOfFile = (file: string) => file.replace(/(^|\/)index\.html$/u, '$1');

/** The file a site path is served from, the inverse: `plan/ch01/` → `plan/ch01/index.html`, `''` → `index.html`. */
export const fileOfPage = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/** Where the list of a language's offline files is published (under the base). */
export const bundleFile = (locale: Locale) => `offline/bundle.${locale}.json`;

/** Where the build's id is published (under the base): the update notice names a build once. */
export const BUILD_FILE = 'offline/build.json';

/** One file of an offline bundle: its path under the base, a content hash and its size in bytes. */
export type BundleEntry = readonly [path: string, revision: string, bytes: number];

/** What a language's "Save for offline" stores: every file its pages need to work without network. */
export interface Bundle {
  locale: Locale;
  build: string;
  /** Sum of the files' sizes (as stored on the device, uncompressed). */
  bytes: number;
  files: readonly BundleEntry[];
}
