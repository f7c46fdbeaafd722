import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EPub } from '@lesjoursfr/html-to-epub';
import { parse, type HTMLElement } from 'node-html-parser';
import { readZip, storedEntry, writeZip } from './zip.ts';

/** Attributes kept in the EPUB (hast property names: html-to-epub checks them after parsing). */
const ATTRIBUTES = ['id', 'href', 'lang', 'className', 'colSpan', 'rowSpan', 'scope', 'title', 'role', 'ariaLabel', 'ariaLabelledBy'];

const CSS = `body { font-family: serif; line-height: 1.6; }
h1, h2, h3 { line-height: 1.3; }
.part-label, .section-label { margin-right: 0.5em; }
.part-label { display: block; font-size: 0.8em; }
.lead { font-weight: bold; }
.box { margin: 1em 0; padding: 0.5em 0.75em; border: 1px solid #999; }
.box__label { font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
th, td { border-bottom: 1px solid #999; padding: 0.2em 0.3em; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #000; }
.num { text-align: right; }
tbody th { font-weight: normal; }
.group-row th { font-weight: bold; }
.editorial-note, .print-cover__about { font-size: 0.85em; }
.editorial-note { padding-left: 0.5em; border-left: 3px solid #999; }
.translation-banner { font-weight: bold; }
dt { font-weight: bold; }
`;

export interface EpubInput {
  /** The built print page of a language (dist/…/plan/print/index.html). */
  html: string;
  /** The published site, for links that leave the book. */
  site: string;
  lang: string;
  title: string;
  author: string;
  publisher: string;
  description: string;
  contentsTitle: string;
  notesTitle: string;
  date: Date;
}

interface Chunk {
  file: string;
  title: string;
  el: HTMLElement;
  beforeToc?: boolean;
}

/** Headings one level up: a part's h2 heads its own file. */
const promote = (html: string) => html.replace(/<(\/?)h([2-4])([\s>])/gu, (_, close: string, n: string, rest: string) => `<${close}h${Number(n) - 1}${rest}`);

/**
 * The chunks of the book, from the print page: the cover, the translation notice (translations
 * only), each part of the plan, the notes. Links inside the plan point at the file holding their
 * target; links out of it at the published site; the site's own controls are dropped.
 */
function chunks(doc: HTMLElement, site: string, notesTitle: string): Chunk[] {
  for (const el of doc.querySelectorAll('.anchor, .box__more, .print-contents')) el.remove();
  const list: Chunk[] = [];
  const cover = doc.querySelector('.print-cover')!;
  list.push({ file: 'title', title: cover.querySelector('h1')!.text.trim(), el: cover, beforeToc: true });
  const notice = doc.querySelector('.print-notice');
  if (notice) list.push({ file: 'notice', title: notice.querySelector('h2')!.text.trim(), el: notice, beforeToc: true });
  for (const part of doc.querySelectorAll('.print-part')) list.push({ file: part.querySelector('h2')!.id, title: part.getAttribute('data-running-head')!, el: part });
  const notes = doc.querySelector('.print-notes');
  if (notes) list.push({ file: 'notes', title: notesTitle, el: notes });
  const home = new Map<string, string>();
  for (const c of list) for (const el of c.el.querySelectorAll('[id]')) home.set(el.id, c.file);
  for (const c of list) {
    for (const a of c.el.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) {
        const file = home.get(decodeURIComponent(href.slice(1)));
        if (file) a.setAttribute('href', `${file}.xhtml${href}`);
        else a.replaceWith(a.innerHTML);
      } else a.setAttribute('href', new URL(href, site).href);
    }
  }
  return list;
}

/** A deterministic UUID (version 5 layout) for the book's identifier: the same book, the same id. */
function bookId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\n')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * An EPUB 3 of the whole plan with @lesjoursfr/html-to-epub: navigation document and NCX, the
 * language on every file, boxes 1–2 as tables. The library stamps files with the clock and a
 * random id, so its archive is rewritten: a fixed identifier and modification date (the edition
 * date), `mimetype` first and stored, the other files in name order, one timestamp.
 */
export async function renderEpub(input: EpubInput): Promise<Buffer> {
  const doc = parse(input.html);
  const parts = chunks(doc.querySelector('.print-edition')!, input.site, input.notesTitle);
  const dir = mkdtempSync(join(tmpdir(), 'yubei-epub-'));
  try {
    const out = join(dir, 'book.epub');
    const epub = new EPub(
      {
        title: input.title,
        description: input.description,
        author: input.author,
        publisher: input.publisher,
        lang: input.lang,
        tocTitle: input.contentsTitle,
        appendChapterTitles: false,
        date: input.date.toISOString(),
        css: CSS,
        version: 3,
        tempDir: dir,
        allowedAttributes: ATTRIBUTES,
        customOpfTemplatePath: fileURLToPath(new URL('content.opf.ejs', import.meta.url)),
        content: parts.map((c) => ({ title: c.title, data: promote(c.el.innerHTML), filename: c.file, beforeToc: c.beforeToc ?? false })),
      },
      out,
    );
    epub.uuid = `urn:uuid:${bookId(input.lang, input.title)}`;
    await epub.render();
    const entries = readZip(readFileSync(out));
    const mimetype = storedEntry('mimetype', Buffer.from('application/epub+zip'));
    const rest = entries.filter((e) => e.name !== 'mimetype' && !e.name.endsWith('/')).sort((a, b) => (a.name < b.name ? -1 : 1));
    return writeZip([mimetype, ...rest], input.date);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
