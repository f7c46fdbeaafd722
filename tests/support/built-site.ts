import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A page of a built site: its URL path (under the base) and parsed document. */
export interface BuiltPage {
  /** File path relative to the output folder, with `/` separators. */
  file: string;
  /** URL path the page is served at, base included (`/yubei-plan/plan/ch01/`). */
  url: string;
  html: string;
  doc: HTMLElement;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Every HTML page in `outDir`, as served under `base`. */
export function builtPages(outDir: string, base = '/'): BuiltPage[] {
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: build the site first (npm run build)`);
  const root = base.replace(/\/?$/u, '/');
  return [...walk(outDir)]
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((full) => {
      const file = relative(outDir, full).split(sep).join('/');
      const url = root + file.replace(/(^|\/)index\.html$/u, '$1');
      const html = readFileSync(full, 'utf8');
      return { file, url, html, doc: parse(html) };
    });
}

/** A not-found page (`404.html`, `en/404/index.html`): not in the sitemap, no twin in the other language's tree. */
export const isNotFoundPage = (page: BuiltPage) => /(^|\/)404(\.html|\/index\.html)$/u.test(page.file);

/** The text a reader sees: tags dropped, entities decoded. */
export const pageText = (page: BuiltPage) => page.doc.querySelector('body')?.structuredText ?? '';

/** Resolve a link found on `pageUrl` to a URL path and fragment; undefined for external links. */
export function resolveLink(pageUrl: string, href: string): { path: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(href) || href.startsWith('//')) return undefined;
  const [pathPart, hash = ''] = href.split('#') as [string, string?];
  const path = pathPart === '' ? pageUrl : pathPart.startsWith('/') ? pathPart : posix.join(posix.dirname(pageUrl.endsWith('/') ? pageUrl + 'x' : pageUrl), pathPart);
  return { path: path.replace(/\/\.\/?/gu, '/'), hash: decodeURIComponent(hash) };
}

/** The file in `outDir` that serves a URL path under `base`, if any. */
export function fileFor(outDir: string, base: string, path: string): string | undefined {
  const root = base.replace(/\/?$/u, '/');
  if (!path.startsWith(root)) return undefined;
  const rel = path.slice(root.length);
  for (const candidate of [rel, join(rel, 'index.html')]) {
    const full = join(outDir, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}
