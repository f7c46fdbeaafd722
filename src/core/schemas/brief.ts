import { z } from 'zod';
import { bilingual } from './bilingual.ts';
import { sourcedSentenceSchema } from './sourced-sentence.ts';

/**
 * One section of the plan in brief (src/content/brief/brief.yaml): `about` says what the plan is,
 * then one section per chapter (`ch01` … `ch10`) and one for the key projects of boxes 3–8.
 */
export const briefSectionSchema = z.strictObject({
  id: z.union([z.literal('about'), z.string().regex(/^ch\d\d$/), z.literal('projects')]),
  heading: bilingual,
  sentences: z.array(sourcedSentenceSchema).min(1),
});
export type BriefSection = z.infer<typeof briefSectionSchema>;
