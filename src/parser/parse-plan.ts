import { chineseNumeralValue } from './chinese-numerals.ts';
import { checkTable } from './check-table.ts';
import { InputError } from './errors.ts';
import { findLead } from './lead.ts';
import type { TableSource } from './table-source.ts';
import type {
  Block, Box, BoxGroup, BoxItem, Chapter, Closing, ClosingPart, Endnote, ListBox, Paragraph, Plan, Preface,
  Section, TableBox, Term, TitleBlock,
} from './types.ts';

export interface ParseOptions {
  /** Seed path, for error messages. */
  file: string;
  /** Curated table files by box number. */
  tables: ReadonlyMap<number, TableSource>;
}

const CHAPTER = /^\s*第([一二三四五六七八九十]+)章(?:\s+(.*))?$/u;
const SECTION = /^\s*第([一二三四五六七八九十]+)节(?:\s+(.*))?$/u;
const BOX = /^\s*专栏\s*(\d+)\s*(.*)$/u;
const PREFACE = /^前\s*言$/u;
const CLOSING_HEADING = /^([^\s：]{2,8})：$/u;
const TERM = /^([^\s：]{2,8})：(\S.*)$/u;
const ENDNOTE = /^\uFFFD\s*(“[^”]+”)：(.+)$/u;
const BOX_GROUP = /^（[一二三四五六七八九十]+）/u;
const TABLE_FOOTNOTE = /^(说明|备注)：(.*)$/u;
/** A line ending a sentence or clause; a paragraph line without one may continue. */
const TERMINAL = /[。！？；：]$/u;

const pad = (n: number) => String(n).padStart(2, '0');

interface Line {
  n: number;
  raw: string;
  text: string;
}

/** Turns the plan's source text into a typed, lossless tree. Throws InputError on bad input. */
export function parsePlan(source: string, options: ParseOptions): Plan {
  const { file } = options;
  const all: Line[] = source.split('\n').map((raw, i) => ({ n: i + 1, raw, text: raw.trim() }));
  const fail = (line: number | undefined, problem: string): never => {
    throw new InputError(file, line, problem);
  };

  // Endnotes first: their terms tell which paragraph line was split where the note mark stood.
  const endnoteLines = all.filter((l) => l.text.startsWith('\uFFFD'));
  const endnoteTerms = endnoteLines.map((l) => {
    const m = ENDNOTE.exec(l.text) ?? fail(l.n, 'a line starting with a broken note mark (U+FFFD) must read `� “term”：definition`');
    return { line: l, term: m[1]!, text: m[2]!.trim() };
  });
  const endnoteRefs = new Map<number, string>(); // endnote index -> referring paragraph id

  let i = 0;
  const peek = () => all[i];
  const skipBlank = () => {
    while (i < all.length && all[i]!.text === '') i++;
  };
  const isHeading = (l: Line) =>
    CHAPTER.test(l.raw) || SECTION.test(l.raw) || BOX.test(l.raw) || PREFACE.test(l.text) ||
    CLOSING_HEADING.test(l.text) || l.text.startsWith('\uFFFD');

  // --- title block: title, period, issuer, date, then the preface heading
  const titleLines: Line[] = [];
  for (skipBlank(); i < all.length && !PREFACE.test(all[i]!.text); i++) {
    if (all[i]!.text !== '') titleLines.push(all[i]!);
  }
  if (titleLines.length !== 4) {
    fail(titleLines[0]?.n ?? 1, `the title block must have 4 lines (title, period, issuer, date) before 前言; found ${titleLines.length}`);
  }
  const [t, p, iss, d] = titleLines as [Line, Line, Line, Line];
  const titleBlock: TitleBlock = {
    kind: 'title', id: 'title', title: t.text, period: p.text, issuer: iss.text, date: d.text,
    lines: titleLines.map((l) => l.n),
  };
  if (i >= all.length) fail(all.length, 'no preface heading (前  言) found');

  /** Reads one paragraph starting at the current line, joining a line split at an endnote mark. */
  const readParagraph = (id: string): Paragraph => {
    const first = all[i++]!;
    let text = first.text;
    const lines = [first.n];
    const noteRefs: Paragraph['noteRefs'] = [];
    const noteIndex = endnoteTerms.findIndex((e) => text.endsWith(e.term));
    if (noteIndex >= 0 && !TERMINAL.test(text)) {
      skipBlank();
      const next = peek();
      if (!next || isHeading(next)) fail(first.n, `paragraph is cut after ${endnoteTerms[noteIndex]!.term} but no continuation line follows`);
      noteRefs.push({ noteId: `note-${noteIndex + 1}`, offset: text.length });
      if (endnoteRefs.has(noteIndex)) fail(first.n, `endnote ${endnoteTerms[noteIndex]!.term} is referred to twice`);
      endnoteRefs.set(noteIndex, id);
      text += next!.text;
      lines.push(next!.n);
      i++;
    }
    const lead = findLead(text);
    return { kind: 'paragraph', id, text, ...(lead ? { lead } : {}), noteRefs, lines };
  };

  const readBox = (): Box => {
    const head = all[i++]!;
    const m = BOX.exec(head.raw)!;
    const number = Number(m[1]);
    const id = `box-${number}`;
    const label = `专栏${number}`;
    const title = m[2]!.trim();
    if (!title) fail(head.n, `${label} has no title`);
    const body: Line[] = [];
    const table = options.tables.get(number);
    if (table) {
      // A table box ends at its footnote line (说明：… / 备注：…).
      for (;;) {
        const l = all[i];
        if (!l || (l.text !== '' && isHeading(l))) {
          fail(head.n, `${label} is not terminated: no 说明：/备注： footnote line before ${l ? `line ${l.n}` : 'the end of the file'}`);
        }
        i++;
        const fm = TABLE_FOOTNOTE.exec(l!.text);
        if (fm) {
          const raw = body.filter((b) => b.text !== '').map((b) => ({ line: b.n, text: b.raw }));
          const footnotes = [...fm[2]!.matchAll(/【(\d+)】([^【]*)/gu)].map((f) => ({
            mark: Number(f[1]), id: `${id}-fn${f[1]}`, text: f[2]!.trim(),
          }));
          const rows = checkTable(label, raw, table);
          const box: TableBox = {
            kind: 'box', variant: 'table', id, number, label, title, raw,
            table: { header: table.data.header, valueKeys: table.data.valueKeys, rows },
            footnoteLabel: fm[1]!, footnotes,
            lines: [head.n, ...raw.map((r) => r.line), l!.n],
          };
          return box;
        }
        body.push(l!);
      }
    }
    // A list box ends at a heading or at two blank lines in a row.
    const entries: ListBox['entries'] = [];
    let group: BoxGroup | undefined;
    let items = 0;
    for (;;) {
      const l = all[i];
      if (!l) fail(head.n, `${label} is not terminated: the file ends inside it`);
      if (l!.text === '' && l!.raw.includes('\t')) {
        fail(l!.n, `${label} has empty table cells (a bare tab) but no table file: add src/content/tables/box-${number}.yaml`);
      }
      if (l!.text === '' && all[i + 1]?.text === '') break;
      if (l!.text !== '' && isHeading(l!)) break;
      i++;
      if (l!.text === '') continue;
      if (BOX_GROUP.test(l!.text)) {
        group = { kind: 'group', id: `${id}-g${pad(entries.filter((e) => e.kind === 'group').length + 1)}`, title: l!.text, items: [], lines: [l!.n] };
        entries.push(group);
        continue;
      }
      const lead = findLead(l!.text);
      const item: BoxItem = { kind: 'item', id: `${id}-i${pad(++items)}`, text: l!.text, ...(lead ? { lead } : {}), lines: [l!.n] };
      (group ? group.items : entries).push(item);
    }
    if (entries.length === 0) fail(head.n, `${label} has no items`);
    return { kind: 'box', variant: 'list', id, number, label, title, entries, lines: [head.n] };
  };

  /** Reads paragraphs and boxes until the next chapter, section, closing or endnote line. */
  const readBlocks = (prefix: string, stopAtSection: boolean): Block[] => {
    const blocks: Block[] = [];
    let paragraphs = 0;
    for (;;) {
      skipBlank();
      const l = peek();
      if (!l || CHAPTER.test(l.raw) || (stopAtSection && SECTION.test(l.raw)) || CLOSING_HEADING.test(l.text) || l.text.startsWith('\uFFFD')) break;
      if (SECTION.test(l.raw)) fail(l.n, 'a section heading (第X节) outside a chapter');
      if (PREFACE.test(l.text)) fail(l.n, 'a second preface heading');
      if (BOX.test(l.raw)) blocks.push(readBox());
      else blocks.push(readParagraph(`${prefix}-p${pad(++paragraphs)}`));
    }
    return blocks;
  };

  // --- preface
  const prefaceHead = all[i++]!;
  const prefaceBlocks = readBlocks('preface', true);
  if (prefaceBlocks.some((b) => b.kind !== 'paragraph')) fail(prefaceHead.n, 'the preface may hold paragraphs only');
  const preface: Preface = {
    kind: 'preface', id: 'preface', title: prefaceHead.text.replace(/\s+/gu, ''),
    blocks: prefaceBlocks as Paragraph[], lines: [prefaceHead.n],
  };

  // --- chapters
  const chapters: Chapter[] = [];
  for (skipBlank(); peek() && CHAPTER.test(peek()!.raw); skipBlank()) {
    const head = all[i++]!;
    const m = CHAPTER.exec(head.raw)!;
    const number = chineseNumeralValue(m[1]!) ?? fail(head.n, `unreadable chapter number 第${m[1]}章`);
    const expected = chapters.length + 1;
    if (number !== expected) {
      fail(head.n, chapters.some((c) => c.number === number)
        ? `duplicate chapter number 第${m[1]}章`
        : `chapter number 第${m[1]}章 is out of order: expected chapter ${expected}`);
    }
    let title = (m[2] ?? '').trim();
    const lines = [head.n];
    if (!title) fail(head.n, `chapter 第${m[1]}章 has no title`);
    // A title ending in a comma wraps onto the next non-blank line.
    if (title.endsWith('，')) {
      skipBlank();
      const next = peek();
      // The second line is short title text, never a sentence of the chapter's intro.
      if (!next || isHeading(next) || next.text.includes('。') || [...next.text].length > 20) {
        fail(head.n, `chapter title "${title}" ends in a comma but its second line is missing`);
      }
      title += next!.text;
      lines.push(next!.n);
      i++;
    }
    const id = `ch${pad(number)}`;
    const intro = readBlocks(id, true);
    const sections: Section[] = [];
    for (skipBlank(); peek() && SECTION.test(peek()!.raw); skipBlank()) {
      const sh = all[i++]!;
      const sm = SECTION.exec(sh.raw)!;
      const sn = chineseNumeralValue(sm[1]!) ?? fail(sh.n, `unreadable section number 第${sm[1]}节`);
      if (sn !== sections.length + 1) {
        fail(sh.n, sections.some((s) => s.number === sn)
          ? `duplicate section number 第${sm[1]}节 in chapter ${number}`
          : `section number 第${sm[1]}节 is out of order in chapter ${number}: expected section ${sections.length + 1}`);
      }
      const stitle = (sm[2] ?? '').trim();
      if (!stitle) fail(sh.n, `section 第${sm[1]}节 has no title`);
      const sid = `${id}-s${pad(sn)}`;
      sections.push({
        kind: 'section', id: sid, number: sn, label: `第${sm[1]}节`, title: stitle,
        blocks: readBlocks(sid, true), lines: [sh.n],
      });
    }
    chapters.push({ kind: 'chapter', id, number, label: `第${m[1]}章`, title, intro, sections, lines });
  }
  if (chapters.length === 0) fail(i + 1, 'no chapter (第一章 …) found after the preface');

  // --- closing block: `规划范围：` / `规划时限：` parts up to the endnotes
  const parts: ClosingPart[] = [];
  for (skipBlank(); peek() && CLOSING_HEADING.test(peek()!.text); skipBlank()) {
    const head = all[i++]!;
    const pid = `closing-s${pad(parts.length + 1)}`;
    const blocks: (Paragraph | Term)[] = [];
    for (skipBlank(); peek() && !isHeading(peek()!); skipBlank()) {
      const tm = TERM.exec(peek()!.text);
      if (tm) {
        const l = all[i++]!;
        blocks.push({ kind: 'term', id: `${pid}-t${pad(blocks.length + 1)}`, label: tm[1]!, value: tm[2]!, lines: [l.n] } satisfies Term);
      } else {
        blocks.push(readParagraph(`${pid}-p${pad(blocks.length + 1)}`));
      }
    }
    if (blocks.length === 0) fail(head.n, `closing part "${head.text}" is empty`);
    parts.push({ kind: 'closing-part', id: pid, title: CLOSING_HEADING.exec(head.text)![1]!, blocks, lines: [head.n] });
  }
  const closing: Closing = { kind: 'closing', id: 'closing', parts, lines: [] };

  // --- endnotes, and nothing after them
  for (skipBlank(); peek() && peek()!.text.startsWith('\uFFFD'); skipBlank()) i++;
  skipBlank();
  if (peek()) fail(peek()!.n, `unexpected line after the end of the plan: "${peek()!.text.slice(0, 40)}"`);

  const endnotes: Endnote[] = endnoteTerms.map((e, k) => {
    const refFrom = endnoteRefs.get(k) ?? fail(e.line.n, `endnote ${e.term} is never referred to: no paragraph line ends with it`);
    return { kind: 'endnote', id: `note-${k + 1}`, term: e.term, text: e.text, refFrom, lines: [e.line.n] };
  });

  for (const n of [...options.tables.keys()]) {
    const found = chapters.some((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)].some((b) => b.kind === 'box' && b.number === n));
    if (!found) throw new InputError(options.tables.get(n)!.file, undefined, `table file for box ${n}, but the seed has no 专栏${n}`);
  }
  return { titleBlock, preface, chapters, closing, endnotes };
}
