import { z } from 'zod';

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
