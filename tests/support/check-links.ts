import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { builtPages, fileFor, resolveLink } from './built-site.ts';

/**
 * Every internal link, asset and `#anchor` in a built site, checked: it stays under the base,
 * its target file exists, and its fragment names an element id on the target page.
 * Returns one line per broken link.
 */
export function checkLinks(outDir: string, base: string): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((e) => e.id));
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const page of builtPages(outDir, base)) {
    const refs = page.doc.querySelectorAll('a[href], link[href], script[src], img[src], source[src]');
    for (const el of refs) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      const rel = el.getAttribute('rel') ?? '';
      const target = resolveLink(page.url, raw);
      if (!target) continue; // external: the third-party gate judges those
      if (/\b(canonical|alternate)\b/u.test(rel)) continue; // absolute by design
      const file = fileFor(outDir, base, target.path);
      if (!file) {
        problems.push(`${page.file}: ${raw} → ${target.path} ${target.path.startsWith(base) ? 'does not exist' : `escapes the base ${base}`}`);
        continue;
      }
      if (target.hash && file.endsWith('.html') && !idsOf(file).has(target.hash)) {
        problems.push(`${page.file}: ${raw} → no element with id "${target.hash}"`);
      }
    }
  }
  return problems;
}
