import { getCollection } from 'astro:content';
import type { Chapter, Closing, Endnote, Preface, TitleBlock } from '../plan/types.ts';
import type { PlanView } from '../plan/parts.ts';

let cached: Promise<PlanView> | undefined;

/** The parsed plan from the content layer, assembled once per build. */
export function getPlan(): Promise<PlanView> {
  cached ??= (async () => {
    const entries = (await getCollection('plan')).sort((a, b) => a.data.order - b.data.order);
    const nodes = entries.map((e) => e.data.node);
    return {
      titleBlock: nodes.find((n): n is TitleBlock => n.kind === 'title')!,
      parts: nodes.filter((n): n is Preface | Chapter | Closing => n.kind === 'preface' || n.kind === 'chapter' || n.kind === 'closing'),
      endnotes: nodes.filter((n): n is Endnote => n.kind === 'endnote'),
    };
  })();
  return cached;
}
