import type { Plan, TableBox } from '../../parser/types.ts';
import { walkPlan } from '../../parser/walk-plan.ts';
import type { Problems } from '../problems.ts';
import type { Indicator, IndicatorMeta, IndicatorValue } from '../schemas/indicator.ts';
import type { Located } from '../sources.ts';

const UNITS: Record<string, string> = {
  '%': '%',
  公顷: 'hectares',
  万立方米: '10,000 m³',
  平方米: 'm²',
  天: 'days',
  '微克/立方米': 'μg/m³',
  '平方米/人': 'm² per person',
};

/** The unit a name states in its closing brackets: `森林覆盖率（%）` → `%`. */
export function unitOf(name: string): { zh: string; en: string } | null {
  const m = /[（(]([^（）()]+)[)）]$/u.exec(name);
  if (!m) return null;
  const en = UNITS[m[1]!];
  if (!en) throw new Error(`no English for the unit “${m[1]}” of ${name}: add it to UNITS`);
  return { zh: m[1]!, en };
}

/**
 * A printed value, parsed where it is a number: `≥60735` → 60735 (≥); `335（91.8%）` → 335 with
 * secondary 91.8%; `37【1】` → 37 with note 1; `由市级下达` → no number.
 */
export function parsePrinted(printed: string): Pick<IndicatorValue, 'value' | 'comparator' | 'secondary' | 'notes'> {
  const notes = [...printed.matchAll(/【(\d+)】/gu)].map((m) => Number(m[1]));
  const bare = printed.replace(/【\d+】/gu, '').trim();
  const m = /^([≥≤])?(\d+(?:\.\d+)?)(?:（([^）]+)）)?$/u.exec(bare);
  if (!m) return { value: null, comparator: null, secondary: null, notes };
  return { value: Number(m[2]), comparator: (m[1] as '≥' | '≤' | undefined) ?? '=', secondary: m[3] ?? null, notes };
}

const tables = (plan: Plan) => new Map([...walkPlan(plan)].filter((n): n is TableBox => n.kind === 'box' && n.variant === 'table').map((b) => [b.number, b]));

/**
 * Indicators of boxes 1 and 2: the curated table rows (Chinese and English trees) joined
 * with the curated metadata. A row without metadata, or metadata naming no row, is a problem.
 */
export function buildIndicators(zh: Plan, en: Plan, meta: readonly Located<IndicatorMeta>[], problems: Problems): Indicator[] {
  const zhTables = tables(zh);
  const enTables = tables(en);
  const file = meta[0]?.file ?? 'src/content/indicators/indicators.yaml';
  const located = new Map(meta.map((m) => [m.record.row, m]));
  const metaByRow = new Map(meta.map((m) => [m.record.row, m.record]));
  const out: Indicator[] = [];
  for (const box of [1, 2] as const) {
    const zt = zhTables.get(box)!;
    const et = enTables.get(box)!;
    zt.table.rows.forEach((row, k) => {
      const er = et.table.rows[k]!;
      const m = metaByRow.get(row.id);
      if (!m) {
        problems.file(file, `no entry for table row ${row.id}`);
        return;
      }
      metaByRow.delete(row.id);
      const fullName = row.sub ?? row.name;
      const values: IndicatorValue[] = row.values.map((printed, i) => {
        const key = zt.table.valueKeys[i]!;
        const parsed = parsePrinted(printed);
        const fix = m.override?.[key];
        return {
          key,
          label: { zh: zt.table.header[4 + i]!, en: et.table.header[4 + i]! },
          printed: { zh: printed, en: er.values[i]! },
          ...parsed,
          value: fix ? fix.value : parsed.value,
          comparator: fix ? parsed.comparator ?? '=' : parsed.comparator,
          editorial: fix ? fix.editorial : null,
        };
      });
      const marks = [...new Set(values.flatMap((v) => v.notes))].sort();
      out.push({
        id: m.id,
        row: row.id,
        box,
        number: row.number,
        category: { zh: row.group, en: er.group },
        name: { zh: fullName, en: er.sub ?? er.name },
        parent: row.sub === undefined ? null : { zh: row.name, en: er.name },
        unit: unitOf(fullName),
        nature: row.nature === '约束性' ? 'binding' : 'anticipatory',
        direction: m.direction,
        values,
        footnotes: marks.map((mark) => ({
          mark,
          text: { zh: zt.footnotes.find((f) => f.mark === mark)!.text, en: et.footnotes.find((f) => f.mark === mark)!.text },
        })),
        discussedIn: m.discussedIn ?? null,
        highlight: m.highlight ?? false,
      });
    });
  }
  for (const row of metaByRow.keys()) problems.at(located.get(row)!, `no table row ${row}`);
  return out;
}
