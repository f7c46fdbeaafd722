import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { nodesContaining, nodeTexts } from '../nodes/node-texts.ts';
import { getPlan } from './get-plan.ts';

export interface GlossaryEntry extends GlossaryTerm {
  /** Plan nodes whose Chinese text contains the term or a variant, in reading order. */
  occurrences: string[];
}

let cached: Promise<GlossaryEntry[]> | undefined;

/** The glossary with the paragraphs where each term occurs (found at build time), sorted by pinyin. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  cached ??= (async () => {
    const texts = nodeTexts(await getPlan());
    const terms = (await getCollection('glossary')).map((e) => e.data);
    const collator = new Intl.Collator('zh-CN-u-co-pinyin');
    return terms
      .map((g) => ({ ...g, occurrences: nodesContaining(texts, [g.zh, ...g.variants]) }))
      .sort((a, b) => collator.compare(a.zh, b.zh));
  })();
  return cached;
}
