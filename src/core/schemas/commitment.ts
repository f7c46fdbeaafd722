import { z } from 'zod';

import { bilingual } from './bilingual.ts';

export const COMMITMENT_TYPES = ['target', 'threshold', 'annual-quota', 'build', 'coverage', 'deadline'] as const;
export const STRENGTHS = ['firm', 'strive', 'advance', 'explore'] as const;
export const STATUSES = ['not-assessed', 'on-track', 'achieved', 'missed'] as const;

export const targetSchema = z.strictObject({
  /** The number as the plan states it. */
  value: z.number(),
  /** How the value binds: at least, at most, more than, less than, exactly/about. */
  comparator: z.enum(['≥', '≤', '>', '<', '=']),
  /** Unit as the plan writes it, and in English (`%`, `天`/`days`, `辆`/`vehicles`). */
  unit: bilingual,
});

/** One quantified or dated promise of the plan, quoted from the paragraph or box item that makes it. */
export const commitmentSchema = z.strictObject({
  /** Stable kebab-case id, unique; used in permalinks (`/commitments/#air-good-days`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** target: a level to reach; threshold: a limit not to cross; annual-quota: something every year;
   *  build: things to build, complete or remediate (counted or named); coverage: all, none or full
   *  coverage, in words (全部, 全覆盖, 清零); deadline: something done by a date. */
  type: z.enum(COMMITMENT_TYPES),
  /** What is measured or promised, in a few words. */
  measure: bilingual,
  /** Target value(s); empty for a pure deadline. */
  targets: z.array(targetSchema),
  /** `2022`, `2025` …, `annual`, or `plan-period` (during 2021–2025, no year stated). */
  deadline: z.union([z.string().regex(/^20\d\d$/), z.enum(['annual', 'plan-period'])]),
  /** True where the plan says “before” the year (2022年之前), not “by” it. */
  beforeDeadline: z.boolean().optional(),
  /**
   * As the plan words it: firm (确保/达到/完成/实现/不低于/全部 …: a result stated as certain),
   * strive (力争/争取), advance (推进/推动/积极/加快/鼓励/逐步: a direction of effort without a
   * promised result), explore (探索/试点/研究). A commitment that restates a box 2 indicator
   * takes the indicator's type instead: binding → firm, anticipatory → strive.
   */
  strength: z.enum(STRENGTHS),
  /** The box 2 indicator this commitment restates, if any (its id in indicators.yaml). */
  indicator: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  /** The exact Chinese words of the promise: a verbatim substring of the source node. */
  quote: z.string().min(4),
  /** English rendering of the quote. */
  quoteEn: z.string().min(4),
  /** Id of the paragraph or box item the quote comes from. */
  source: z.string().regex(/^(ch\d\d(-s\d\d)?-p\d\d|box-\d-i\d\d)$/),
  /** Assessment, for a future update: shown only when filled, never invented. */
  status: z
    .strictObject({
      value: z.enum(STATUSES),
      /** Where the assessment comes from (title and link of a published source). */
      source: z.string().min(1),
      /** Date of that source, YYYY-MM-DD. */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .optional(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
