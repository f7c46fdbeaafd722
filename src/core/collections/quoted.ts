import type { NodeIndex } from '../nodes/node-index.ts';
import { numbersIn } from '../numbers.ts';
import type { Problems } from '../problems.ts';
import type { Commitment } from '../schemas/commitment.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Project } from '../schemas/project.ts';
import type { Located } from '../sources.ts';

/**
 * Checks a verbatim quote: its source is a paragraph or box item, the quote is a word-for-word
 * part of it, and every number the record states occurs in the quote.
 */
function checkQuote(r: Located<unknown>, id: string, source: string, quote: string, numbers: readonly number[], nodes: NodeIndex, problems: Problems): void {
  const text = nodes.isQuotable(source) ? nodes.text(source, 'zh') : undefined;
  if (text === undefined) {
    problems.at(r, `${id}: no paragraph or box item ${source}`);
    return;
  }
  if (!text.includes(quote)) problems.at(r, `${id}: the quote is not a verbatim part of ${source}`);
  const inQuote = new Set(numbersIn(quote));
  for (const n of numbers) if (!inQuote.has(n)) problems.at(r, `${id}: ${n} does not occur in the quote`);
}

/** Commitments: quotes verbatim, targets in the quote, a restated indicator that exists. */
export function checkCommitments(list: readonly Located<Commitment>[], indicatorIds: ReadonlySet<string>, nodes: NodeIndex, problems: Problems): Commitment[] {
  for (const r of list) {
    const c = r.record;
    checkQuote(r, c.id, c.source, c.quote, c.targets.map((t) => t.value), nodes, problems);
    if (c.indicator && !indicatorIds.has(c.indicator)) problems.at(r, `${c.id}: no indicator ${c.indicator}`);
  }
  return list.map((r) => r.record);
}

/** Key projects: quotes verbatim, quantities in the quote. */
export function checkProjects(list: readonly Located<Project>[], nodes: NodeIndex, problems: Problems): Project[] {
  for (const r of list) checkQuote(r, r.record.id, r.record.source, r.record.quote, r.record.quantities.map((q) => q.value), nodes, problems);
  return list.map((r) => r.record);
}

/** Figures: quotes verbatim, every number (values, stated total, summary) in a quote, series adding up. */
export function checkFigures(list: readonly Located<Figure>[], nodes: NodeIndex, problems: Problems): Figure[] {
  for (const r of list) {
    const f = r.record;
    for (const s of f.sources) {
      const text = nodes.text(s.node, 'zh');
      if (text === undefined) problems.at(r, `${f.id}: no paragraph ${s.node}`);
      else if (!text.includes(s.quote)) problems.at(r, `${f.id}: quote not found in ${s.node}: ${s.quote.slice(0, 20)}…`);
    }
    const quoted = new Set(f.sources.flatMap((s) => numbersIn(s.quote)));
    const numbers = [...f.series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...(f.total?.stated ? [f.total.value] : []), ...numbersIn(f.summary.zh)];
    for (const n of numbers) if (!quoted.has(n)) problems.at(r, `${f.id}: ${n} occurs in no quote`);
    for (const s of f.series) {
      if (s.values.length !== f.categories.length) problems.at(r, `${f.id}: series ${s.name.en} has ${s.values.length} values for ${f.categories.length} categories`);
      if (f.total) {
        const sum = Math.round(s.values.reduce<number>((a, v) => a + (v ?? 0), 0) * 1000) / 1000;
        if (sum !== f.total.value) problems.at(r, `${f.id}: series ${s.name.en} adds up to ${sum}, not ${f.total.value}`);
      }
    }
  }
  return list.map((r) => r.record);
}
