import { LOCALES, LOCALE_IDS, type Locale } from '../i18n/locales.ts';
import { fileOfPage, pageOfFile, type Bundle, type BundleEntry } from './caches.ts';

/** The language prefix of each language's pages (`en/`, or '' for the source), longest first. */
export const LOCALE_PREFIXES: readonly { locale: Locale; prefix: string }[] = LOCALE_IDS.map((locale) => ({
  locale,
  prefix: LOCALES[locale].prefix ? `${LOCALES[locale].prefix}/` : '',
})).sort((a, b) => b.prefix.length - a.prefix.length);

/**
 * The pages "Save for offline" keeps in a language, by route inside the language: the home page,
 * the whole plan chapter by chapter, its brief and the translation note, the lessons with their
 * worksheets and teacher notes, the glossary, calendar and teachers' page, the report guide and
 * composer, search and the offline page. Other pages stay available once visited.
 */
const BUNDLE_ROUTES: readonly RegExp[] = [
  /^$/u,
  /^plan\/$/u,
  /^plan\/(?!print\/)[a-z0-9-]+\/$/u,
  /^brief\/$/u,
  /^translation\/$/u,
  /^learn\/([a-z0-9-]+\/){0,2}$/u,
  /^report\/([a-z0-9-]+\/)?$/u,
  /^search\/$/u,
  /^offline\/$/u,
];

/** A built file: its path under the output folder (`/` separators) with its content hash and size. */
export interface BuiltFile {
  revision: string;
  bytes: number;
}

/** The language and route of a page path (`en/plan/ch01/` → en, `plan/ch01/`). */
export function localeOfPage(page: string): { locale: Locale; route: string } {
  const hit = LOCALE_PREFIXES.find(({ prefix }) => page.startsWith(prefix))!;
  return { locale: hit.locale, route: page.slice(hit.prefix.length) };
}

/** The pages of a language's bundle, as page paths (`en/plan/ch01/`), sorted. */
export function bundlePages(files: Iterable<string>, locale: Locale): string[] {
  return [...files]
    .filter((f) => f.endsWith('index.html'))
    .map(pageOfFile)
    .filter((p) => {
      const { locale: l, route } = localeOfPage(p);
      return l === locale && BUNDLE_ROUTES.some((r) => r.test(route));
    })
    .sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Files a page or script needs besides itself: stylesheets and scripts under `_astro/` (named in
 * the HTML, and the chunks a script imports), and in HTML the icon and manifest links.
 */
export function referencedFiles(path: string, text: string, base: string): string[] {
  const found = new Set<string>();
  if (path.endsWith('.js')) {
    for (const m of text.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/gu)) found.add(`_astro/${m[1]}`);
    for (const m of text.matchAll(/_astro\/([\w.-]+\.(?:js|css))/gu)) found.add(`_astro/${m[1]}`);
    return [...found];
  }
  const b = escape(base);
  for (const m of text.matchAll(new RegExp(`${b}(_astro/[\\w.-]+\\.(?:js|css))`, 'gu'))) found.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`<link [^>]*href="${b}([^"#?]+\\.(?:svg|png|webmanifest))"`, 'gu'))) found.add(m[1]!);
  return [...found];
}

/** The search files of a language: Pagefind's engine, its entry, the language's WebAssembly, metadata, index, filters and fragments. */
export function searchFiles(files: Iterable<string>, pagefindLang: string, entry: { languages: Record<string, { hash: string; wasm: string | null }> }): string[] {
  const lang = entry.languages[pagefindLang];
  if (!lang) throw new Error(`pagefind-entry.json has no language ${pagefindLang}`);
  const fixed = new Set(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', `pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind`, `pagefind/pagefind.${lang.hash}.pf_meta`]);
  const chunk = new RegExp(`^pagefind/(index|filter|fragment)/${escape(pagefindLang)}_[\\w]+\\.pf_\\w+$`, 'u');
  return [...files].filter((f) => fixed.has(f) || chunk.test(f));
}

export interface BundleInput {
  /** Every built file by its path under the output folder. */
  files: ReadonlyMap<string, BuiltFile>;
  /** The text of a built file (HTML, scripts, the web manifest). */
  read: (file: string) => string;
  base: string;
  build: string;
  pagefindEntry: { languages: Record<string, { hash: string; wasm: string | null }> };
}

/** Files and everything they need, followed through HTML links, script imports and the manifest's icons. */
export function filesNeeded(start: Iterable<string>, input: Pick<BundleInput, 'files' | 'read' | 'base'>): Set<string> {
  const { files, read, base } = input;
  const wanted = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift()!;
    if (wanted.has(file)) continue;
    if (!files.has(file)) throw new Error(`offline files: ${file} is referenced but was not built`);
    wanted.add(file);
    if (/\.(html|js)$/u.test(file)) queue.push(...referencedFiles(file, read(file), base));
    if (file.endsWith('.webmanifest')) queue.push(...(JSON.parse(read(file)) as { icons: { src: string }[] }).icons.map((i) => i.src.slice(base.length)));
  }
  return wanted;
}

/** The files a language's "Save for offline" stores, with their hashes and sizes. */
export function languageBundle(locale: Locale, input: BundleInput): Bundle {
  const { files } = input;
  const wanted = filesNeeded(bundlePages(files.keys(), locale).map(fileOfPage), input);
  for (const f of searchFiles(files.keys(), LOCALES[locale].pagefind, input.pagefindEntry)) wanted.add(f);
  const entries: BundleEntry[] = [...wanted].sort().map((f) => [pageOfFile(f), files.get(f)!.revision, files.get(f)!.bytes] as const);
  return { locale, build: input.build, bytes: entries.reduce((s, [, , b]) => s + b, 0), files: entries };
}
