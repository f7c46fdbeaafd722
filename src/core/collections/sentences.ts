import { expectedNumbers, missingNumbers } from '../translation/number-fidelity.ts';
import type { NodeIndex } from '../nodes/node-index.ts';
import { numbersIn } from '../numbers.ts';
import type { Problems, Where } from '../problems.ts';
import type { SourcedSentence } from '../schemas/sourced-sentence.ts';

/**
 * Checks plain-language sentences that speak for the plan (the brief, topic introductions):
 * every source exists; every number of the Chinese occurs in one of the sentence's own
 * sources; the English keeps every number of the Chinese and adds none.
 */
export function checkSentences(where: Where, label: string, sentences: readonly SourcedSentence[], nodes: NodeIndex, problems: Problems): void {
  sentences.forEach((s, k) => {
    const name = `${label}, sentence ${k + 1}`;
    const unknown = s.sources.filter((id) => nodes.text(id, 'zh') === undefined);
    for (const id of unknown) problems.at(where, `${name}: no plan node ${id} with a text`);
    const sourced = new Set(s.sources.flatMap((id) => numbersIn(nodes.text(id, 'zh') ?? '')));
    for (const n of numbersIn(s.zh)) if (!sourced.has(n)) problems.at(where, `${name}: ${n} occurs in none of its sources (${s.sources.join(', ')})`);
    for (const n of missingNumbers(s.zh, s.en)) problems.at(where, `${name}: the English drops ${n}`);
    const accepted = new Set(expectedNumbers(s.zh).flatMap((e) => e.accept.flatMap((a) => numbersIn(a))));
    for (const n of numbersIn(s.en)) if (!accepted.has(n)) problems.at(where, `${name}: the English adds ${n}`);
  });
}
