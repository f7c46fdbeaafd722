/**
 * The production nginx configuration, written from the built site's own facts (its base path,
 * each page's Content-Security-Policy, its not-found pages) so that it never drifts from the
 * site. Pure: `src/integrations/nginx.ts` gathers the facts and writes the files.
 * docs/serving.md explains every choice.
 */

export interface SiteFacts {
  /** The path the site is served under: `/` or `/yubei-plan/`. */
  base: string;
  /** Not-found pages by path prefix under the base: `''` → `404.html`, `en/` → `en/404/index.html`. */
  notFound: { prefix: string; page: string }[];
  /** Each page's policy from its `<meta http-equiv="content-security-policy">`, by file under the site root. */
  policies: Record<string, string>;
  /** `Strict-Transport-Security` max-age in seconds: an opt-in for hosts that serve HTTPS only. */
  hstsMaxAge?: number;
}

/** Files named by their content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, data files, Pagefind's entry files, a service worker): revalidated on every use. */
export const REVALIDATE = 'no-cache';

/** The MIME type of every kind of file the site serves (and the editions and offline files it may). */
export const MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  // Pagefind's index and its WebAssembly, each gzipped by Pagefind and unpacked by its script.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  zip: 'application/zip',
  ics: 'text/calendar',
};

/** Types sent with `; charset=utf-8`: all the site's text (nginx always counts text/html in). */
const TEXT_TYPES = [...new Set(Object.values(MIME_TYPES).filter((t) => t !== 'text/html' && /^text\/|json|xml|javascript/u.test(t)))];

/** The policy the header sends: the page's own, plus what only a header can say. */
export const headerPolicy = (metaPolicy: string) => `${metaPolicy.trim().replace(/;\s*$/u, '')}; frame-ancestors 'none'`;

function quoted(value: string): string {
  // nginx has no escape for `$` (a variable) in a string: refuse rather than send something else.
  if (/[$"\\\n]/u.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} as an nginx header value`);
  return `"${value}"`;
}

/**
 * The headers of one location. `policy`: a location that serves pages (or may: a service worker,
 * Pagefind's worker) gets the policy and the other headers only documents read; one that serves
 * only content-named scripts, styles and index files gets its cache line and nosniff, and saves
 * a kilobyte of headers on each of those responses.
 */
function headerLines(f: SiteFacts, cache: string, policy: string | undefined, documents = true): string[] {
  const headers: [string, string][] = [['Cache-Control', cache]];
  if (documents && policy) headers.push(['Content-Security-Policy', headerPolicy(policy)]);
  headers.push(['X-Content-Type-Options', 'nosniff']);
  if (documents) headers.push(['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'same-origin'], ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()']);
  if (f.hstsMaxAge) headers.push(['Strict-Transport-Security', `max-age=${f.hstsMaxAge}`]);
  // `always`: on 404s and redirects too. A location with any add_header inherits none, so every
  // location that sets its own cache line repeats the rest.
  return headers.map(([k, v]) => `add_header ${k} ${quoted(v)} always;`);
}

/** The policy most pages share (sent by the whole location) and the pages whose own differs. */
export function policyGroups(policies: Record<string, string>): { common: string | undefined; others: [string, string][] } {
  const counts = new Map<string, number>();
  for (const p of Object.values(policies)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { common, others: Object.entries(policies).filter(([, p]) => p !== common).sort() };
}

/** `head { body }`, the body indented (blocks nest by calling this on their lines). */
const block = (head: string, body: string[]): string[] => [`${head} {`, ...body.map((l) => (l ? `    ${l}` : l)), '}'];

/** `site.conf`: the site's locations, to include inside a `server { }` whose `root` holds the site under its base. */
export function nginxSiteConfig(f: SiteFacts): string {
  const b = f.base.replace(/\/?$/u, '/');
  const { common, others } = policyGroups(f.policies);
  const rootNotFound = f.notFound.find((n) => n.prefix === '');
  const types = Object.entries(MIME_TYPES).reduce<Map<string, string[]>>((m, [ext, type]) => m.set(type, [...(m.get(type) ?? []), ext]), new Map());
  const inner = [
    ...block('types', [...types].map(([type, exts]) => `${type} ${exts.join(' ')};`)),
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${TEXT_TYPES.join(' ')};`,
    '',
    '# Precompressed copies written at build: index.html.gz (and index.html.br with the brotli module).',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    '# Directory redirects (/plan → /plan/) keep whatever host and port the reader used.',
    'absolute_redirect off;',
    'server_tokens off;',
    ...(rootNotFound ? [`error_page 404 ${b}${rootNotFound.page};`] : []),
    '',
    '# Pages, data files and anything else not named by its content (a service worker too): revalidated.',
    ...headerLines(f, REVALIDATE, common),
    '',
    '# Astro names its bundles by their content.',
    ...block(`location ${b}_astro/`, headerLines(f, IMMUTABLE, common, false)),
    '',
    "# Pagefind's index files are named by their content; its scripts and entry file are not.",
    ...block(`location ${b}pagefind/`, block('location ~ \\.pf_[a-z]+$', headerLines(f, IMMUTABLE, common, false))),
    ...f.notFound.filter((n) => n.prefix !== '').flatMap((n) => ['', `# A miss under /${n.prefix} gets that language's not-found page.`, ...block(`location ${b}${n.prefix}`, [`error_page 404 ${b}${n.page};`])]),
    ...others.flatMap(([file, policy]) => ['', '# A page whose own policy differs from the rest.', ...block(`location = ${b}${file}`, headerLines(f, REVALIDATE, policy))]),
  ];
  return [
    `# Generated by \`npm run build\` (src/integrations/nginx.ts) for BASE_PATH=${b}: rebuild rather than edit.`,
    `# Include inside a server { } block whose root holds the site${b === '/' ? '' : ` in the folder ${b.slice(1, -1)}/`}; docs/serving.md explains.`,
    '',
    ...(b === '/' ? [] : [`location = ${b.slice(0, -1)} {`, `    return 301 ${b};`, '}', '']),
    // ^~: the server's own regular-expression locations (a common `~* \.(css|js)$`) cannot take the site's files.
    ...block(`location ^~ ${b}`, inner),
    '',
  ].join('\n');
}

/** `brotli.conf`: for a server whose nginx loads the brotli module (Debian: libnginx-mod-http-brotli-static). */
export const NGINX_BROTLI = '# Include in the same server { } block (or in http { }) when the brotli module is loaded.\nbrotli_static on;\n';

/** The folder `server.conf` expects the configuration in, and the site's root folder. */
export const INSTALLED = { conf: '/etc/nginx/yubei-plan', root: '/var/www/portal' };

/** `server.conf`: a whole server block for `/etc/nginx/conf.d/`, with the files where docs/serving.md installs them. */
export function nginxServerConfig(f: SiteFacts): string {
  return [
    '# Generated by `npm run build`: a whole server for plain HTTP on port 80, for /etc/nginx/conf.d/.',
    `# The site goes in ${INSTALLED.root}${f.base.replace(/\/?$/u, '/')}, site.conf and brotli.conf in ${INSTALLED.conf}/.`,
    ...block('server', [
      'listen 80;',
      'listen [::]:80;',
      'server_name _;',
      `root ${INSTALLED.root};`,
      `include ${INSTALLED.conf}/brotli.conf;  # only with the brotli module loaded`,
      `include ${INSTALLED.conf}/site.conf;`,
    ]),
    '',
  ].join('\n');
}
