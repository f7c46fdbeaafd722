import { z } from 'zod';

const text = z.string().min(2);

/**
 * Teacher notes for a lesson, one file per lesson and language
 * (src/content/teacher-notes/{zh,en}/<slug>.yaml, the same structure and counts in both).
 */
export const teacherNotesSchema = z.strictObject({
  objectives: z.strictObject({
    knowledge: z.array(text).min(1).max(4),
    attitudes: z.array(text).min(1).max(4),
    action: z.array(text).min(1).max(4),
  }),
  /** Links to the national curriculum standards: named, not invented. */
  curriculum: z
    .array(
      z.strictObject({
        /** Official title of the standard, e.g. 义务教育物理课程标准（2022年版）. */
        standard: text,
        subject: text,
        /** Grade band, e.g. 7～9年级. */
        band: text,
        /** The standard's own wording of a learning theme, only where it was verified. */
        content: text.optional(),
      }),
    )
    .min(1),
  /** Steps of the lesson; their minutes add up to the lesson's length. */
  timing: z.array(z.strictObject({ minutes: z.number().int().positive(), step: text })).min(2),
  materials: z.array(text).min(1),
  /** Supervision, permissions and hazards for any outing or measurement. */
  safety: z.array(text),
  /** How to run the lesson in a shorter period. */
  shorter: text,
  /** A model answer for each discussion question of the lesson, in its order. */
  answers: z.array(z.strictObject({ text, sources: z.array(z.string()) })).min(1),
  /** Background for the teacher, beyond the answers. */
  background: z.array(text).default([]),
  /** What the student worksheet prints besides the discussion questions and the quiz. */
  worksheet: z.strictObject({
    tables: z.array(z.strictObject({ title: text, columns: z.array(z.string().min(1)).min(2).max(8), rows: z.number().int().min(1).max(30) })).min(1),
    prompts: z.array(text).default([]),
  }),
});
export type TeacherNotes = z.infer<typeof teacherNotesSchema>;
