import type { Plan } from '../parser/types.ts';
import { walkPlan } from '../parser/walk-plan.ts';

/** The Chinese text of every quotable node (paragraphs and box items), by id. */
export function quotableTexts(plan: Plan): Map<string, string> {
  const texts = new Map<string, string>();
  for (const n of walkPlan(plan)) if (n.kind === 'paragraph' || n.kind === 'item') texts.set(n.id, n.text);
  return texts;
}

/** Arabic numbers in a text (full-width digits read as ASCII, thousands separators dropped). */
export function numbersIn(text: string): number[] {
  const ascii = text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return [...ascii.replace(/(\d),(?=\d{3})/gu, '$1').matchAll(/\d+(?:\.\d+)?/gu)].map((m) => Number(m[0]));
}
