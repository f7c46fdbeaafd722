import { createHash } from 'node:crypto';

/**
 * Makes a PDF from Chromium reproducible. Every change keeps the length of what it replaces, so
 * no byte offset in the file moves and the cross-reference table stays valid:
 * - Chromium (Skia) writes the time of printing as `/CreationDate` and `/ModDate`: they become `date`;
 * - a tagged PDF names its table cells' structure elements after the renderer's DOM node numbers
 *   (`node00000426`), which shift from one run to the next: they are renumbered from 1 in their
 *   own order (the order keeps the ID tree's keys sorted);
 * - Skia writes no `/ID` in the trailer unless asked for PDF/A; if one appears, it becomes a hash
 *   of the rest of the file.
 */
export function fixPdf(pdf: Buffer, date: string): Buffer {
  const text = pdf.toString('latin1');
  let fixed = text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/gu, (m, key: string) => {
    const value = `/${key} (${date})`;
    if (value.length > m.length) throw new Error(`PDF date ${date} is longer than Chromium's ${m}`);
    return value.padEnd(m.length, ' ');
  });
  const nodes = [...new Set(fixed.match(/node\d{8}/gu) ?? [])].sort();
  const renumber = new Map(nodes.map((n, i) => [n, `node${String(i + 1).padStart(8, '0')}`]));
  fixed = fixed.replace(/node\d{8}/gu, (n) => renumber.get(n)!);
  const id = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/u.exec(fixed);
  if (id) {
    const digest = createHash('sha256').update(fixed.replace(id[0], '')).digest('hex').toUpperCase();
    const [a, b] = [id[1]!, id[2]!].map((h) => digest.repeat(Math.ceil(h.length / digest.length)).slice(0, h.length));
    fixed = fixed.replace(id[0], id[0].replace(id[1]!, a!).replace(id[2]!, b!));
  }
  return Buffer.from(fixed, 'latin1');
}
