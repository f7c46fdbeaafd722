import { readYamlDocumentWithLines } from './yaml-input.ts';
import { z } from 'zod';

/**
 * A curated table file (`src/content/tables/box-N.yaml`): the rows of a table box whose
 * cells the seed flattens one per line. `checkTable` proves the cells against the seed.
 */
export const tableRowSchema = z.strictObject({
  /** Stable id, `box-<n>-r<nn>`. */
  id: z.string().regex(/^box-\d+-r\d{2}$/, 'must look like box-1-r01'),
  /** 类别 (the group cell; repeated on every row, printed once per group). */
  group: z.string().min(1),
  /** 序号 as printed, or null where the table has no numbers. */
  number: z.string().min(1).nullable(),
  /** 指标名称 (for nested rows, the parent name). */
  name: z.string().min(1),
  /** Sub-name of a nested row. */
  sub: z.string().min(1).optional(),
  /** 指标性质 as printed. */
  nature: z.enum(['约束性', '预期性']),
  /** Value cells exactly as printed (multi-line cells joined), in `valueKeys` order. */
  values: z.array(z.string().min(1)),
});

export const tableFileSchema = z
  .strictObject({
    /** The box number (`专栏N`). */
    box: z.number().int().positive(),
    /** Header cells as printed. */
    header: z.array(z.string().min(1)).min(1),
    /** Machine keys of the value columns. */
    valueKeys: z.array(z.string().regex(/^[a-z][A-Za-z0-9]*$/)).min(1),
    rows: z.array(tableRowSchema).min(1),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.values.length !== t.valueKeys.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'values'],
          message: `has ${row.values.length} values but valueKeys names ${t.valueKeys.length}`,
        });
      if (!row.id.startsWith(`box-${t.box}-`))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `must start with box-${t.box}-` });
    });
  });

export type TableFile = z.infer<typeof tableFileSchema>;

export interface TableSource {
  /** Path of the file, for messages. */
  file: string;
  data: TableFile;
  /** 1-based line in the file where each row starts. */
  rowLines: number[];
}

/** Reads and validates a table file; any problem is an InputError naming file and line. */
export function readTableSource(file: string, text: string): TableSource {
  const { record, lineOf } = readYamlDocumentWithLines(file, text, tableFileSchema);
  return { file, data: record, rowLines: record.rows.map((_, i) => lineOf(['rows', i])) };
}
