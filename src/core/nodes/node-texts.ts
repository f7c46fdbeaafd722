import type { Plan } from '../../parser/types.ts';
import { walkPlan } from '../../parser/walk-plan.ts';

/** The readable text of every node that can be quoted or searched for a term, by id. */
export function nodeTexts(plan: Plan): Map<string, string> {
  const texts = new Map<string, string>();
  for (const n of walkPlan(plan)) {
    if (n.kind === 'paragraph' || n.kind === 'item') texts.set(n.id, n.text);
    else if (n.kind === 'term') texts.set(n.id, `${n.label} ${n.value}`);
    else if (n.kind === 'box' && n.variant === 'table') {
      for (const r of n.table.rows) texts.set(r.id, [r.group, r.name, r.sub, r.nature, ...r.values].filter(Boolean).join(' '));
      for (const f of n.footnotes) texts.set(f.id, f.text);
    }
  }
  return texts;
}

/** Ids of the nodes whose text contains any of the forms, in reading order. */
export function nodesContaining(texts: ReadonlyMap<string, string>, forms: readonly string[], caseless = false): string[] {
  const norm = (s: string) => (caseless ? s.toLowerCase() : s);
  const wanted = forms.map(norm);
  return [...texts].filter(([, text]) => wanted.some((f) => norm(text).includes(f))).map(([id]) => id);
}
