import { stripSpace } from './check-table.ts';
import type { Plan, PlanNode } from './types.ts';
import { walkPlan } from './walk-plan.ts';

/** The seed text a node stands for, rebuilt from its own fields (children excluded). */
export function ownText(node: PlanNode): string {
  switch (node.kind) {
    case 'title':
      return node.title + node.period + node.issuer + node.date;
    case 'preface':
      return node.title;
    case 'chapter':
    case 'section':
      return node.label + node.title;
    case 'paragraph':
    case 'item':
      return node.text;
    case 'group':
      return node.title;
    case 'box':
      return node.variant === 'list'
        ? node.label + node.title
        : node.label + node.title + node.raw.map((r) => r.text).join('') + node.footnoteLabel + '：' +
            node.footnotes.map((f) => `【${f.mark}】${f.text}`).join('');
    case 'closing':
      return '';
    case 'closing-part':
      return node.title + '：';
    case 'term':
      return `${node.label}：${node.value}`;
    case 'endnote':
      return `\uFFFD${node.term}：${node.text}`;
  }
}

/**
 * Proves the tree publishes every non-blank seed line exactly once and changes no text:
 * each line belongs to exactly one node, and each node's own text equals its lines'
 * text (whitespace aside). Returns the problems found; an empty list means lossless.
 */
export function checkLossless(plan: Plan, source: string): string[] {
  const seed = source.split('\n');
  const problems: string[] = [];
  const owner = new Map<number, string>();
  const ids = new Set<string>();
  for (const node of walkPlan(plan)) {
    if (ids.has(node.id)) problems.push(`duplicate id ${node.id}`);
    ids.add(node.id);
    for (const n of node.lines) {
      if (owner.has(n)) problems.push(`line ${n} is used by both ${owner.get(n)} and ${node.id}`);
      owner.set(n, node.id);
      if ((seed[n - 1] ?? '').trim() === '') problems.push(`${node.id} claims blank or missing line ${n}`);
    }
    const fromSeed = stripSpace(node.lines.map((n) => seed[n - 1] ?? '').join(''));
    if (fromSeed !== stripSpace(ownText(node))) {
      problems.push(`${node.id} (lines ${node.lines.join(', ')}) does not reproduce its seed text`);
    }
  }
  seed.forEach((text, k) => {
    if (text.trim() !== '' && !owner.has(k + 1)) problems.push(`line ${k + 1} is not published: "${text.trim().slice(0, 40)}"`);
  });
  return problems;
}
