import type { Block, Chapter, Plan, PlanNode } from './types.ts';

function* walkBlocks(blocks: readonly Block[]): Generator<PlanNode> {
  for (const b of blocks) {
    yield b;
    if (b.kind === 'box' && b.variant === 'list') {
      for (const e of b.entries) {
        yield e;
        if (e.kind === 'group') yield* e.items;
      }
    }
  }
}

/** All nodes of a chapter, in reading order (the chapter itself first). */
export function* walkChapter(ch: Chapter): Generator<PlanNode> {
  yield ch;
  yield* walkBlocks(ch.intro);
  for (const s of ch.sections) {
    yield s;
    yield* walkBlocks(s.blocks);
  }
}

/** All nodes of the plan, in reading order. */
export function* walkPlan(plan: Plan): Generator<PlanNode> {
  yield plan.titleBlock;
  yield plan.preface;
  yield* walkBlocks(plan.preface.blocks);
  for (const ch of plan.chapters) yield* walkChapter(ch);
  yield plan.closing;
  for (const part of plan.closing.parts) {
    yield part;
    yield* part.blocks;
  }
  yield* plan.endnotes;
}
