import { z } from 'zod';
import { bilingual } from './bilingual.ts';

export const PROJECT_CATEGORIES = ['high-quality-development', 'environmental-quality', 'ecological-protection', 'risk-prevention', 'regional', 'capacity'] as const;

/** A named key project or programme of boxes 3–8 and chapter 9. */
export const projectSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** One of the six categories of chapter 9 (高质量发展促进工程 … 基础能力建设工程). */
  category: z.enum(PROJECT_CATEGORIES),
  name: bilingual,
  /** Where, when the plan says so. */
  location: bilingual.optional(),
  /** Quantities the plan states for the project. */
  quantities: z.array(z.strictObject({ value: z.number(), unit: bilingual, what: bilingual })),
  /** Verbatim Chinese words naming the project in its source. */
  quote: z.string().min(2),
  /** Id of the box item (or paragraph) the project comes from. */
  source: z.string().regex(/^(ch\d\d(-s\d\d)?-p\d\d|box-\d-i\d\d)$/),
});
export type Project = z.infer<typeof projectSchema>;
