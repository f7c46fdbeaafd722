import { createHash } from 'node:crypto';
import type { Chapter, Plan, PlanNode } from '../../parser/types.ts';
import { walkChapter } from '../../parser/walk-plan.ts';

/**
 * A piece of Chinese text that needs an English rendering, keyed by node id (plus `#field`
 * where a node has several texts). Table cells are not units: they are translated once per
 * distinct cell text in the file's `cells` map.
 */
export interface TranslationUnit {
  key: string;
  zh: string;
  /** True when the Chinese has a run-in lead: the English must open with a one-sentence lead. */
  hasLead: boolean;
}

/** Short content hash of a Chinese text: a translation is stale when it no longer matches. */
export const zhHash = (zh: string) => createHash('sha256').update(zh, 'utf8').digest('hex').slice(0, 8);

/** The translation files and the plan parts each covers. */
export type TranslationFileId = 'front' | `ch${string}` | 'closing';

function unitsOf(node: PlanNode): TranslationUnit[] {
  const u = (key: string, zh: string, hasLead = false): TranslationUnit => ({ key, zh, hasLead });
  switch (node.kind) {
    case 'title':
      return [u('title#title', node.title), u('title#period', node.period), u('title#issuer', node.issuer), u('title#date', node.date)];
    case 'preface':
    case 'chapter':
    case 'section':
    case 'group':
    case 'closing-part':
      return [u(node.id, node.title)];
    case 'paragraph':
    case 'item':
      return [u(node.id, node.text, node.lead !== undefined)];
    case 'box':
      return [
        u(node.id, node.title),
        ...(node.variant === 'table' ? [u(`${node.id}#notes`, node.footnoteLabel), ...node.footnotes.map((f) => u(f.id, f.text))] : []),
      ];
    case 'term':
      return [u(`${node.id}#label`, node.label), u(node.id, node.value)];
    case 'endnote':
      return [u(`${node.id}#term`, node.term), u(node.id, node.text)];
    case 'closing':
      return [];
  }
}

/** Distinct table cell texts (header and body) of a chapter's table boxes, in reading order. */
export function tableCells(ch: Chapter): string[] {
  const cells = new Set<string>();
  for (const node of walkChapter(ch)) {
    if (node.kind === 'box' && node.variant === 'table') {
      node.table.header.forEach((h) => cells.add(h));
      for (const r of node.table.rows) {
        for (const c of [r.group, r.name, r.sub, r.nature, ...r.values]) if (c !== undefined) cells.add(c);
      }
    }
  }
  return [...cells].filter((c) => /\p{Script=Han}/u.test(c));
}

/** Units grouped by translation file: `front` (title and preface), `ch01`…, `closing` (with endnotes). */
export function translationFiles(plan: Plan): Map<TranslationFileId, { units: TranslationUnit[]; cells: string[] }> {
  const files = new Map<TranslationFileId, { units: TranslationUnit[]; cells: string[] }>();
  files.set('front', {
    units: [plan.titleBlock, plan.preface, ...plan.preface.blocks].flatMap(unitsOf),
    cells: [],
  });
  for (const ch of plan.chapters) files.set(ch.id as TranslationFileId, { units: [...walkChapter(ch)].flatMap(unitsOf), cells: tableCells(ch) });
  files.set('closing', {
    units: [...plan.closing.parts.flatMap((p) => [p, ...p.blocks]), ...plan.endnotes].flatMap(unitsOf),
    cells: [],
  });
  return files;
}
