import type { Chapter, Closing, Endnote, Plan, Preface, TitleBlock } from './types.ts';

/** A page of the plan: the preface, a chapter or the closing block. */
export type PlanPart = Preface | Chapter | Closing;

export interface PlanView {
  titleBlock: TitleBlock;
  parts: PlanPart[];
  endnotes: Endnote[];
}

export const planView = (plan: Plan): PlanView => ({
  titleBlock: plan.titleBlock,
  parts: [plan.preface, ...plan.chapters, plan.closing],
  endnotes: plan.endnotes,
});

/** The part that holds a node id (`ch04-s02-p03` → `ch04`). */
export function partIdOf(nodeId: string): string {
  const m = /^(ch\d\d|preface|closing)/u.exec(nodeId);
  if (m) return m[1]!;
  throw new Error(`no plan part holds ${nodeId}`);
}

/** Previous and next parts in reading order. */
export function neighbours(parts: readonly PlanPart[], id: string): { prev: PlanPart | undefined; next: PlanPart | undefined } {
  const k = parts.findIndex((p) => p.id === id);
  return { prev: parts[k - 1], next: parts[k + 1] };
}
