import { z } from 'zod';

/** Curated facts about a table row that the table does not print (src/content/indicators/). */
export const indicatorMetaSchema = z.strictObject({
  /** The table row, `box-1-r07` or `box-2-r05`. */
  row: z.string().regex(/^box-[12]-r\d\d$/),
  /** Stable indicator id used in anchors and data files. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Whether a higher or a lower value is better; `neither` for classes, shares fixed by law, yes/no outcomes. */
  direction: z.enum(['higher', 'lower', 'neither']),
  /** The paragraph or box item that discusses the indicator. */
  discussedIn: z.string().optional(),
  /** One of the key 2025 targets the home page shows (a reader's choice: what residents notice). */
  highlight: z.boolean().optional(),
  /** Evident numbers where the printed value is a slip, each tied to an editorial note. */
  override: z.record(z.string(), z.strictObject({ value: z.number(), editorial: z.string().regex(/^ed-\d\d$/) })).optional(),
});
export type IndicatorMeta = z.infer<typeof indicatorMetaSchema>;

export const bilingualText = z.strictObject({ zh: z.string(), en: z.string() });

/** A value as printed in the table and, where it is a number, parsed. */
export const indicatorValueSchema = z.strictObject({
  /** Column key: `target2020`, `result2020`, `status`, `baseline2020`, `target2025`. */
  key: z.string(),
  /** Column heading. */
  label: bilingualText,
  /** Exactly as printed (`≥60735`, `335（91.8%）`, `由市级下达`, `29..3【2】`), and in English. */
  printed: bilingualText,
  /** The number, when the printed value is one (null for text such as 由市级下达). */
  value: z.number().nullable(),
  /** How the number binds: `≥`, `≤` or `=`. */
  comparator: z.enum(['≥', '≤', '=']).nullable(),
  /** A secondary figure printed in brackets, e.g. `91.8%` in `335（91.8%）`. */
  secondary: z.string().nullable(),
  /** Footnote marks on the value (【1】 → 1). */
  notes: z.array(z.number()),
  /** Set when `value` is the evident number of a misprinted value: the editorial note id. */
  editorial: z.string().nullable(),
});

export const indicatorSchema = z.strictObject({
  id: z.string(),
  /** Source table row id (links to the plan: `/plan/ch02/#box-2-r05`). */
  row: z.string(),
  /** 1 = 13th-period results (2016–2020); 2 = 14th-period targets (2021–2025). */
  box: z.union([z.literal(1), z.literal(2)]),
  /** Number as printed in the box (box 1 only). */
  number: z.string().nullable(),
  category: bilingualText,
  /** Full name; for nested rows `parent` holds the group name (森林增长 → 森林覆盖率). */
  name: bilingualText,
  parent: bilingualText.nullable(),
  /** Unit, when the name states one. */
  unit: bilingualText.nullable(),
  /** 约束性 (binding) or 预期性 (anticipatory). */
  nature: z.enum(['binding', 'anticipatory']),
  direction: z.enum(['higher', 'lower', 'neither']),
  values: z.array(indicatorValueSchema),
  /** Footnotes referred to by the values, with their text. */
  footnotes: z.array(z.strictObject({ mark: z.number(), text: bilingualText })),
  /** Paragraph discussing the indicator, if any. */
  discussedIn: z.string().nullable(),
  /** Shown among the key targets on the home page. */
  highlight: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
