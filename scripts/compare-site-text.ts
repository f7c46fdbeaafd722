/**
 * Compares what readers see on two builds of the site: the visible text of every HTML page
 * (title, meta description, body text without scripts and styles), page by page, plus pages
 * added or removed. For refactoring: build once before and once after, then
 *   node scripts/compare-site-text.ts <before-dist> [after-dist]     (after defaults to dist/)
 * Prints each difference as a small line diff; exits 1 when any page differs.
 */
import { globSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';

const [before, after = 'dist'] = process.argv.slice(2);
if (!before) {
  console.error('usage: node scripts/compare-site-text.ts <before-dist> [after-dist]');
  process.exit(2);
}

/** The text a reader meets on a page, one line per block, whitespace squeezed. */
export function visibleText(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: true } });
  const title = root.querySelector('title')?.text ?? '';
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const body = root.querySelector('body');
  const lines: string[] = [`title: ${title}`, `description: ${description}`];
  const block = /^(p|li|h[1-6]|dt|dd|td|th|caption|figcaption|summary|blockquote|div|section|article|ul|ol|dl|table|tr|details|figure|nav|header|footer|main|aside|form|label|legend|option|button|textarea|select|fieldset)$/iu;
  let line = '';
  const flush = () => {
    const s = line.replace(/\s+/gu, ' ').trim();
    if (s) lines.push(s);
    line = '';
  };
  const walk = (node: import('node-html-parser').Node) => {
    if (node.nodeType === 3) {
      line += node.text;
      return;
    }
    const el = node as import('node-html-parser').HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const isBlock = block.test(tag);
    if (isBlock) flush();
    el.childNodes.forEach(walk);
    if (isBlock) flush();
  };
  if (body) walk(body);
  flush();
  return lines;
}

const pages = (dir: string) => new Set(globSync('**/*.html', { cwd: dir }));
const a = pages(before);
const b = pages(after);
let differences = 0;
for (const file of [...a].filter((f) => !b.has(f)).sort()) {
  console.log(`removed: ${file}`);
  differences++;
}
for (const file of [...b].filter((f) => !a.has(f)).sort()) {
  console.log(`added: ${file}`);
  differences++;
}
for (const file of [...a].filter((f) => b.has(f)).sort()) {
  const x = visibleText(readFileSync(`${before}/${file}`, 'utf8'));
  const y = visibleText(readFileSync(`${after}/${file}`, 'utf8'));
  if (x.join('\n') === y.join('\n')) continue;
  differences++;
  const ys = new Set(y);
  const xs = new Set(x);
  console.log(`changed: ${file}`);
  for (const l of x) if (!ys.has(l)) console.log(`  - ${l.slice(0, 200)}`);
  for (const l of y) if (!xs.has(l)) console.log(`  + ${l.slice(0, 200)}`);
}
console.log(`${differences} page(s) differ (${a.size} before, ${b.size} after)`);
process.exit(differences ? 1 : 0);
