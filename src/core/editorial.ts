import { z } from 'zod';
import type { Plan } from '../parser/types.ts';
import { walkPlan } from '../parser/walk-plan.ts';

/** An editorial note on an apparent slip in the source (see src/content/editorial/notes.yaml). */
export const editorialNoteSchema = z
  .strictObject({
    /** Stable id, `ed-NN`. */
    id: z.string().regex(/^ed-\d\d$/),
    /** Id of the paragraph, box item or table row holding the slip. */
    node: z.string().min(1),
    /** The slip exactly as the seed prints it. */
    printed: z.string().min(1),
    /** The evident intended wording, where there is one. */
    reads: z.string().min(1).optional(),
    /** Its meaning in plain English (with `reads`). */
    meaning: z.string().min(1).optional(),
    /**
     * Where no wording is evident (a word missing, a heading that contradicts its text): what the
     * reader should know, in both languages, and how the translation handles it.
     */
    note: z.strictObject({ zh: z.string().min(4), en: z.string().min(4) }).optional(),
  })
  .refine((n) => (n.reads !== undefined && n.meaning !== undefined) || n.note !== undefined, {
    message: 'a note needs either `reads` and `meaning` (an evident slip) or `note` (no evident wording)',
  });
export type EditorialNote = z.infer<typeof editorialNoteSchema>;

/** The Chinese text of every node that can carry an editorial note, by id. */
export function notableTexts(plan: Plan): Map<string, string> {
  const texts = new Map<string, string>();
  for (const n of walkPlan(plan)) {
    if (n.kind === 'paragraph' || n.kind === 'item') texts.set(n.id, n.text);
    if (n.kind === 'box' && n.variant === 'table') {
      for (const r of n.table.rows) texts.set(r.id, [r.group, r.name, r.sub ?? '', r.nature, ...r.values].join('\n'));
    }
  }
  return texts;
}

/** Problems with the notes: unknown nodes, or a `printed` text the node does not contain. */
export function checkEditorialNotes(plan: Plan, notes: readonly EditorialNote[]): string[] {
  const texts = notableTexts(plan);
  return notes.flatMap((n) => {
    const text = texts.get(n.node);
    if (text === undefined) return [`${n.node}: no paragraph, box item or table row has this id`];
    if (!text.includes(n.printed)) return [`${n.node}: does not contain “${n.printed}”`];
    return [];
  });
}
