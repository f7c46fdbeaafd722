import { z } from 'zod';

/** Frontmatter of a lesson (src/content/lessons/{zh,en}/<slug>.mdx; both languages share the slug). */
export const lessonSchema = z.strictObject({
  title: z.string().min(2),
  /** One or two plain sentences: what the lesson is about. */
  summary: z.string().min(10),
  /** Age band the lesson is written for. */
  age: z.enum(['primary', 'lower-secondary', 'upper-secondary']),
  /** Order in the lesson list. */
  order: z.number().int(),
  /** Suggested length, in minutes. */
  minutes: z.number().int().positive(),
  /** What pupils will be able to do afterwards (3–5 items). */
  objectives: z.array(z.string().min(4)).min(2).max(6),
  /** Plan paragraphs, box items or table rows the lesson draws on (ids). */
  sources: z.array(z.string()).min(1),
  /** Glossary term ids explained in the lesson. */
  terms: z.array(z.string()).default([]),
  /** Discussion questions, shown in the lesson, on the worksheet and (with model answers) in the teacher notes. */
  discussion: z.array(z.string().min(4)).min(2).max(8).optional(),
  /** A short quiz: the answer is the index of the right option; the explanation cites a plan node. */
  quiz: z
    .array(
      z.strictObject({
        question: z.string().min(4),
        options: z.array(z.string().min(1)).min(2).max(5),
        answer: z.number().int().nonnegative(),
        explanation: z.string().min(4),
        source: z.string(),
      }),
    )
    .min(3)
    .max(8),
});
export type Lesson = z.infer<typeof lessonSchema>;
