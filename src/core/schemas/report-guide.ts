import { z } from 'zod';
import { bilingual } from './bilingual.ts';

/** The guide to complaint and report channels (src/content/report/guide.yaml). */
export const reportGuideSchema = z.strictObject({
  /** Problems residents meet, each tied to the plan paragraphs that commit to act on it. */
  problems: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        title: bilingual,
        /** What it looks, sounds or smells like, in plain words. */
        examples: bilingual,
        /** What the plan commits to do about it, in plain words (a summary of the cited paragraphs). */
        promise: bilingual,
        /** Plan paragraphs or box items behind `promise`. */
        plan: z.array(z.string()).min(1),
        /** What a hotline operator needs to know for this problem, beyond place, time, frequency and description. */
        prompts: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
              label: bilingual,
              /** An example answer, shown under the field. */
              hint: bilingual.optional(),
              /** A choice; without options the prompt is a free-text field. */
              options: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), zh: z.string().min(1), en: z.string().min(1) })).optional(),
            }),
          )
          .default([]),
        /** What the reader may ask for (诉求), suggestions specific to this problem. */
        asks: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), zh: z.string().min(2), en: z.string().min(2) })).default([]),
      }),
    )
    .min(8),
  /** When the plan's channels are the wrong door: immediate danger goes to the national emergency numbers. */
  emergency: z
    .strictObject({
      intro: bilingual,
      numbers: z.array(z.strictObject({ number: z.string().regex(/^\d{3}$/), label: bilingual, when: bilingual, source: z.string().min(10) })).min(1),
    })
    .optional(),
  /** National law as context (not the plan): each statement cited to the article it comes from. */
  law: z
    .array(
      z.strictObject({
        text: bilingual,
        /** The law's full title. */
        title: bilingual,
        /** Article number as in the law (第四十三条 → 43). */
        article: z.number().int().positive(),
        /** Which problems the statement concerns (problem ids). */
        problems: z.array(z.string()).min(1),
      }),
    )
    .default([]),
  /** A line on personal safety when noticing or recording a problem. */
  safety: bilingual.optional(),
  /** What the plan promises happens after a report: each statement with the paragraph that says it. */
  afterReport: z.array(z.strictObject({ text: bilingual, source: z.string() })).min(3),
  /** Other ways to take part named in the plan. */
  takePart: z.array(z.strictObject({ text: bilingual, source: z.string() })).min(3),
});
export type ReportGuide = z.infer<typeof reportGuideSchema>;

/**
 * Contacts the site may show, each with where it comes from. A test scans every built page
 * for phone-like numbers and external URLs and fails on anything not listed here.
 */
export const CONTACT_ALLOWLIST = [
  { value: '12345', source: 'The plan, chapter 6, section 4 (ch06-s04-p02): “12345”环保热线' },
  { value: '12369', source: 'National environmental complaint hotline of the Ministry of Ecology and Environment of the People’s Republic of China (a national service, not named in the plan)' },
  { value: '110', source: 'National police emergency number of the People’s Republic of China, run by the Ministry of Public Security (a national service, not named in the plan)' },
  { value: '119', source: 'National fire and rescue emergency number of the People’s Republic of China, run by the fire and rescue services of the Ministry of Emergency Management (a national service, not named in the plan)' },
  { value: '120', source: 'National medical emergency number of the People’s Republic of China, under the National Health Commission (a national service, not named in the plan)' },
] as const;
