import { z } from 'zod';

/**
 * A plain-language sentence in both languages that summarises plan nodes: the brief and the
 * topic introductions are made of these. `sources` are the ids of the paragraphs or box items it
 * says something about; every number in it must occur in one of them.
 */
export const sourcedSentenceSchema = z.strictObject({
  zh: z.string().min(4),
  en: z.string().min(4),
  sources: z.array(z.string().min(3)).min(1),
});
export type SourcedSentence = z.infer<typeof sourcedSentenceSchema>;
