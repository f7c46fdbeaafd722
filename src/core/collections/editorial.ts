import type { NodeIndex } from '../nodes/node-index.ts';
import type { Problems } from '../problems.ts';
import type { EditorialNote } from '../schemas/editorial.ts';
import type { Located } from '../sources.ts';

/**
 * Editorial notes by the node they annotate. A note must name a paragraph, box item or table row
 * whose Chinese text contains the `printed` slip word for word.
 */
export function groupEditorialNotes(notes: readonly Located<EditorialNote>[], nodes: NodeIndex, problems: Problems): Map<string, EditorialNote[]> {
  const byNode = new Map<string, EditorialNote[]>();
  for (const r of notes) {
    const n = r.record;
    const kind = nodes.kind(n.node);
    const text = kind === 'paragraph' || kind === 'item' || kind === 'row' ? nodes.text(n.node, 'zh') : undefined;
    if (text === undefined) problems.at(r, `${n.id}: no paragraph, box item or table row ${n.node}`);
    else if (!text.includes(n.printed)) problems.at(r, `${n.id}: ${n.node} does not contain “${n.printed}”`);
    byNode.set(n.node, [...(byNode.get(n.node) ?? []), n]);
  }
  return byNode;
}
