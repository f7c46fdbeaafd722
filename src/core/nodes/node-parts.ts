import type { Plan } from '../../parser/types.ts';
import { walkChapter } from '../../parser/walk-plan.ts';

/** The plan part (page) that shows each node: `box-2-r05` → `ch02`, `ch04-s02-p03` → `ch04`. */
export function nodeParts(plan: Plan): Map<string, string> {
  const parts = new Map<string, string>();
  for (const p of plan.preface.blocks) parts.set(p.id, 'preface');
  for (const ch of plan.chapters) {
    for (const n of walkChapter(ch)) {
      parts.set(n.id, ch.id);
      if (n.kind === 'box' && n.variant === 'table') {
        for (const r of n.table.rows) parts.set(r.id, ch.id);
        for (const f of n.footnotes) parts.set(f.id, ch.id);
      }
    }
  }
  for (const part of plan.closing.parts) {
    parts.set(part.id, 'closing');
    for (const b of part.blocks) parts.set(b.id, 'closing');
  }
  for (const n of plan.endnotes) parts.set(n.id, 'closing');
  return parts;
}
