import { numbersIn } from './source-text.ts';

interface Sourced {
  id: string;
  source: string;
  quote: string;
  numbers: number[];
}

/**
 * Problems with quoted records: unknown source node, a quote that is not a verbatim substring
 * of its source, a number that does not occur in the quote, a duplicate id.
 */
export function checkSourced(records: readonly Sourced[], texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) problems.push(`${r.id}: duplicate id`);
    seen.add(r.id);
    const text = texts.get(r.source);
    if (text === undefined) {
      problems.push(`${r.id}: no paragraph or box item ${r.source}`);
      continue;
    }
    if (!text.includes(r.quote)) problems.push(`${r.id}: the quote is not a verbatim part of ${r.source}`);
    const inQuote = new Set(numbersIn(r.quote));
    for (const n of r.numbers) if (!inQuote.has(n)) problems.push(`${r.id}: ${n} does not occur in the quote`);
  }
  return problems;
}
