import type { Paragraph } from '../parser/types.ts';

export type Segment =
  | { kind: 'lead' | 'text'; text: string; href?: string }
  | { kind: 'note'; noteId: string };

/** A link over part of a paragraph's text (e.g. a glossary term), by character offsets. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/**
 * A paragraph cut into its bold lead, plain text, linked spans and endnote marks, in reading
 * order. Links must not overlap; a link crossing the end of the lead is split in two.
 */
export function paragraphSegments(p: Pick<Paragraph, 'text' | 'noteRefs'> & { lead?: string | undefined }, links: readonly TextLink[] = []): Segment[] {
  const leadEnd = p.lead?.length ?? 0;
  const cuts = new Set<number>([0, p.text.length, leadEnd, ...p.noteRefs.map((r) => r.offset), ...links.flatMap((l) => [l.start, l.end])]);
  const points = [...cuts].filter((c) => c >= 0 && c <= p.text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  const notesAt = (offset: number) => p.noteRefs.filter((r) => r.offset === offset).map((r): Segment => ({ kind: 'note', noteId: r.noteId }));
  out.push(...notesAt(0));
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (start === end) continue;
    const link = links.find((l) => l.start <= start && end <= l.end);
    out.push({ kind: start < leadEnd ? 'lead' : 'text', text: p.text.slice(start, end), ...(link ? { href: link.href } : {}) });
    out.push(...notesAt(end));
  }
  return out;
}

/** A table cell cut at its footnote marks: `27.51【1】` (or `27.51[1]`) → `27.51`, mark 1. */
export function cellSegments(text: string): ({ text: string } | { mark: number; text: string })[] {
  return text.split(/(【\d+】|\[\d+\])/u).filter(Boolean).map((part) => {
    const m = /^(?:【(\d+)】|\[(\d+)\])$/u.exec(part);
    return m ? { mark: Number(m[1] ?? m[2]), text: part } : { text: part };
  });
}
