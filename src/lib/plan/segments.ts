import type { Paragraph } from './types.ts';

export type Segment =
  | { kind: 'lead'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'note'; noteId: string };

/** A paragraph cut into its bold lead, plain text and endnote marks, in reading order. */
export function paragraphSegments(p: Pick<Paragraph, 'text' | 'lead' | 'noteRefs'>): Segment[] {
  const cuts = [...p.noteRefs].sort((a, b) => a.offset - b.offset);
  const out: Segment[] = [];
  let pos = 0;
  const pushText = (end: number) => {
    while (pos < end) {
      const leadEnd = p.lead && pos < p.lead.length ? Math.min(p.lead.length, end) : end;
      const kind = p.lead && pos < p.lead.length ? 'lead' : 'text';
      out.push({ kind, text: p.text.slice(pos, leadEnd) });
      pos = leadEnd;
    }
  };
  for (const ref of cuts) {
    pushText(ref.offset);
    out.push({ kind: 'note', noteId: ref.noteId });
  }
  pushText(p.text.length);
  return out;
}

/** A table cell cut at its footnote marks: `27.51【1】` (or `27.51[1]`) → `27.51`, mark 1. */
export function cellSegments(text: string): ({ text: string } | { mark: number; text: string })[] {
  return text.split(/(【\d+】|\[\d+\])/u).filter(Boolean).map((part) => {
    const m = /^(?:【(\d+)】|\[(\d+)\])$/u.exec(part);
    return m ? { mark: Number(m[1] ?? m[2]), text: part } : { text: part };
  });
}
