import { ownText } from '../../parser/check-lossless.ts';
import type { Plan } from '../../parser/types.ts';
import { walkPlan } from '../../parser/walk-plan.ts';
import type { NodeIndex } from '../nodes/node-index.ts';
import type { Problems } from '../problems.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Located } from '../sources.ts';

export interface GlossaryEntry extends GlossaryTerm {
  /** Plan nodes whose Chinese text contains the term or a variant, in reading order. */
  occurrences: string[];
}

/**
 * The glossary with the nodes where each term occurs, sorted by pinyin. Every term and proper
 * name must occur in the plan (in running text, a table or a title), a name must contain its
 * term, and every term needs a definition in both languages.
 */
export function buildGlossary(terms: readonly Located<GlossaryTerm>[], plan: Plan, nodes: NodeIndex, problems: Problems): GlossaryEntry[] {
  const everything = [...walkPlan(plan)].map(ownText).join('').replace(/\s/gu, '');
  const seen = new Map<string, string>();
  for (const r of terms) {
    const g = r.record;
    if (seen.has(g.zh)) problems.at(r, `${g.id}: the term ${g.zh} is also ${seen.get(g.zh)}`);
    seen.set(g.zh, g.id);
    if (![g.zh, ...g.variants].some((f) => everything.includes(f))) problems.at(r, `${g.id}: ${g.zh} does not occur in the plan`);
    for (const n of g.names) {
      if (!everything.includes(n.zh)) problems.at(r, `${g.id}: the name ${n.zh} does not occur in the plan`);
      if (![g.zh, ...g.variants].some((f) => n.zh.includes(f))) problems.at(r, `${g.id}: the name ${n.zh} does not contain the term`);
    }
    if (!g.definition) problems.at(r, `${g.id}: no definition`);
  }
  const ids = nodes.textIds();
  const collator = new Intl.Collator('zh-CN-u-co-pinyin');
  return terms
    .map((r) => {
      const forms = [r.record.zh, ...r.record.variants];
      return { ...r.record, occurrences: ids.filter((id) => forms.some((f) => nodes.text(id, 'zh')!.includes(f))) };
    })
    .sort((a, b) => collator.compare(a.zh, b.zh));
}
