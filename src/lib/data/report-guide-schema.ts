import { z } from 'zod';
import { bilingual } from './commitment-schema.ts';

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
      }),
    )
    .min(8),
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
] as const;
