export type Cell = string | number | boolean | null;

const quote = (v: Cell) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/**
 * CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark, so that spreadsheet programs
 * open Chinese text correctly. Columns are the keys of the first record, in order.
 */
export function toCsv(records: readonly Record<string, Cell>[]): string {
  const columns = Object.keys(records[0] ?? {});
  const lines = [columns.map(quote).join(','), ...records.map((r) => columns.map((c) => quote(r[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parses CSV written by toCsv (for tests and readers' scripts). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}
