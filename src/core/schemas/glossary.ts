import { z } from 'zod';

/** An official term of the plan with its one English rendering (src/content/glossary/terms.yaml). */
export const glossaryTermSchema = z.strictObject({
  /** Stable id of the term. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The term as the plan writes it (quotes stripped). */
  zh: z.string().min(1),
  /** The one English rendering used throughout the English edition. */
  en: z.string().min(1),
  /** Other ways the plan writes the term, found as occurrences too (e.g. 河湖长制 for 河长制). */
  variants: z.array(z.string().min(1)).default([]),
  /**
   * Proper names containing the term that have their own official English name
   * (国际生物多样性日 → International Day for Biological Diversity): inside them the term needs
   * no rendering of its own, but the English must carry the name.
   */
  names: z.array(z.strictObject({ zh: z.string().min(2), en: z.string().min(2) })).default([]),
  /**
   * What a translated paragraph must contain where it differs from the headword: amounts in
   * 亿元 are converted (114.7亿元 → CNY 11.47 billion), so the text carries `CNY`, not the
   * headword “100 million yuan”.
   */
  textForm: z.string().min(1).optional(),
  /** A plain-language definition for students, one or two short sentences, in both languages. */
  definition: z.strictObject({ zh: z.string().min(4), en: z.string().min(4) }).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
