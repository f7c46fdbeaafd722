import { z } from 'zod';

/** An official term of the plan with its one English rendering (src/content/glossary/terms.yaml). */
export const glossaryTermSchema = z.strictObject({
  /** Stable id of the term. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The term as the plan writes it (quotes stripped). */
  zh: z.string().min(1),
  /** The one English rendering used throughout the English edition. */
  en: z.string().min(1),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
