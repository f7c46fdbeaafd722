import { InputError } from './errors.ts';
import type { TableRow } from './types.ts';
import type { TableSource } from './table-source.ts';

/** Whitespace plays no part in comparing Chinese cells: cells wrap anywhere in the seed. */
export const stripSpace = (s: string) => s.replace(/\s+/gu, '');

interface PrintedCell {
  text: string;
  row?: number;
  what: string;
}

/**
 * The cells as the seed prints them, in reading order: header cells, then per row its group,
 * number and name where they change (merged cells are printed once), sub-name, nature and values.
 */
function printedCells(source: TableSource): PrintedCell[] {
  const { header, rows } = source.data;
  const cells: PrintedCell[] = header.map((text, i) => ({ text, what: `header[${i}]` }));
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const add = (text: string, what: string) => cells.push({ text, row: i, what });
    if (row.group !== prev?.group) add(row.group, 'group');
    if (row.number !== null && row.number !== prev?.number) add(row.number, 'number');
    if (row.name !== prev?.name) add(row.name, 'name');
    if (row.sub !== undefined) add(row.sub, 'sub');
    add(row.nature, 'nature');
    row.values.forEach((v, k) => add(v, `values[${k}]`));
  });
  return cells;
}

/**
 * Checks that a table file's cells, read in order, are exactly the text of the box body
 * (whitespace aside): nothing missing, nothing added, nothing out of order. Returns the rows
 * with the seed lines each was printed on.
 */
export function checkTable(
  boxLabel: string,
  raw: { line: number; text: string }[],
  source: TableSource,
): TableRow[] {
  let norm = '';
  const lineAt: number[] = [];
  for (const { line, text } of raw) {
    const s = stripSpace(text);
    norm += s;
    for (let i = 0; i < s.length; i++) lineAt.push(line);
  }
  const rowLines = source.data.rows.map(() => new Set<number>());
  let pos = 0;
  for (const cell of printedCells(source)) {
    const want = stripSpace(cell.text);
    if (!norm.startsWith(want, pos)) {
      const where = cell.row === undefined ? cell.what : `${source.data.rows[cell.row]!.id} ${cell.what}`;
      const seedLine = lineAt[Math.min(pos, lineAt.length - 1)];
      const found = norm.slice(pos, pos + want.length + 8) || '(end of box)';
      throw new InputError(
        source.file,
        cell.row === undefined ? 1 : source.rowLines[cell.row],
        `${where} "${cell.text}" does not match ${boxLabel} in the seed at line ${seedLine}, which reads "${found}"`,
      );
    }
    if (cell.row !== undefined) for (let i = pos; i < pos + want.length; i++) rowLines[cell.row]!.add(lineAt[i]!);
    pos += want.length;
  }
  if (pos < norm.length) {
    throw new InputError(
      source.file,
      undefined,
      `${boxLabel} text from seed line ${lineAt[pos]} is missing from the table file: "${norm.slice(pos, pos + 30)}"`,
    );
  }
  return source.data.rows.map((row, i) => ({ ...row, lines: [...rowLines[i]!].sort((a, b) => a - b) }));
}
