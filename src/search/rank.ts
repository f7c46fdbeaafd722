/**
 * Ranking on top of Pagefind's scores, by what the query asks (query.ts). Pagefind is asked for
 * each slot of the query on its own (a word, a term's token), so that a record that holds most
 * of a question's words is found even when it lacks one (夜里 is not in the plan's text); a
 * record's score is how much of the query it covers, each slot weighted by how rare it is,
 * times what its features say about the question: a target prefers the 2025 indicators and
 * commitments, an amount prefers records that state a number (in the unit asked for), a place
 * prefers records about it, a definition prefers the glossary, teaching prefers the lessons.
 */
import type { AnswerCard } from './cards.ts';
import { normalizeText } from './normalize.ts';
import type { QueryIntent, QuerySlot } from './query.ts';
import { feature } from './record-features.ts';
import type { SearchType } from './search-types.ts';

/** What Pagefind found for one slot: record id → its score for the slot. */
export interface SlotHits {
  slot: QuerySlot;
  hits: ReadonlyMap<string, number>;
  /**
   * Records that answer the slot in part, with the share they count for: those found by a
   * related term or place only (河湖长制 for 河长制), or by some characters of an unknown word.
   */
  partial?: ReadonlyMap<string, { score: number; share: number }>;
}

export interface Ranked {
  id: string;
  score: number;
  /** Share of the query's weight the record covers (1: every slot). */
  coverage: number;
  kind: SearchType | undefined;
}

/** The texts that explain the plan, listed after the plan's own records when they match as well. */
export const EXPLAINERS: ReadonlySet<SearchType> = new Set(['brief', 'topic', 'learn', 'guide']);

/**
 * How much a record's features weigh for a query with this intent. `alone`: the query is one
 * term or place and nothing else (a glossary entry then answers as well as anything).
 */
export function intentWeight(features: ReadonlySet<string>, intent: QueryIntent, alone = false): number {
  const kind = [...features].find((f) => f.startsWith('k:'))?.slice(2) as SearchType | undefined;
  const has = (f: string) => features.has(f);
  let w = 1;
  const asksNumber = intent.target || intent.past || intent.amount;
  // The plan's own words first; an explainer leads when it covers clearly more of the question.
  if (kind && EXPLAINERS.has(kind)) w *= intent.learn && kind === 'learn' ? 1.6 : intent.report && kind === 'guide' ? 1.2 : 0.35;
  else if (intent.learn) w *= 0.8;
  // A commitment quotes its paragraph: the paragraph first, unless the query asks for a number.
  if (kind === 'commitment' && !asksNumber) w *= 0.8;
  if (intent.target) w *= has(feature.target) ? (kind === 'indicator' || kind === 'commitment' ? 1.8 : 1.5) : has(feature.past) ? 0.5 : 1;
  else if (intent.past) w *= has(feature.past) ? 1.5 : has(feature.target) ? 0.8 : 1;
  // An amount without a period: the plan's targets before the 2016–2020 record.
  else if (intent.amount) w *= has(feature.target) ? 1.2 : has(feature.past) ? 0.85 : 1;
  if (intent.amount || intent.time) w *= has(feature.number) ? 1.25 : 0.7;
  if (intent.time && has(feature.year)) w *= 1.3;
  if (intent.units.some((u) => has(feature.unit(u)))) w *= 1.4;
  // The glossary answers what a term means; a question about the term's place in the plan, less.
  if (kind === 'term') w *= intent.definition ? 2.5 : alone ? 1 : 0.6;
  if (intent.places.some((p) => has(feature.about(p)))) w *= 1.5;
  if (intent.topics.some((t) => has(feature.topic(t)))) w *= 1.3;
  // Whom to tell: the number to call answers, whatever the problem.
  if (intent.report && has(feature.channel)) w *= 2;
  return w;
}

/**
 * Ranks every record any slot found. `features(id)` are the record's feature values; `total` is
 * the number of records in the language (for the slots' weights).
 */
export function rankResults(slots: readonly SlotHits[], features: (id: string) => ReadonlySet<string>, intent: QueryIntent, total: number): Ranked[] {
  // The word that says whom to tell (report, 投诉) is what such a question turns on: it weighs double.
  const weights = slots.map((s) => Math.log(1 + total / (1 + s.hits.size)) * (s.slot.cue ? 2 : 1));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const best = slots.map((s) => Math.max(1e-9, ...s.hits.values(), ...[...(s.partial?.values() ?? [])].map((p) => p.score)));
  const ids = new Set(slots.flatMap((s) => [...s.hits.keys(), ...(s.partial?.keys() ?? [])]));
  const alone = slots.length === 1 && slots[0]!.slot.kind !== 'word';
  const out: Ranked[] = [];
  for (const id of ids) {
    let covered = 0;
    let strength = 0;
    slots.forEach((s, i) => {
      const own = s.hits.get(id);
      const part = own === undefined ? s.partial?.get(id) : undefined;
      const score = own ?? part?.score;
      if (score === undefined) return;
      const share = part?.share ?? 1;
      covered += weights[i]! * share;
      strength += weights[i]! * share * (score / best[i]!);
    });
    const coverage = covered / sum;
    const f = features(id);
    const kind = [...f].find((x) => x.startsWith('k:'))?.slice(2) as SearchType | undefined;
    // Coverage first (squared: a record with every word beats one with most), then how strongly.
    const base = coverage * coverage * 0.75 + (strength / sum) * 0.25;
    const score = base * intentWeight(f, intent, alone);
    out.push({ id, score, coverage, kind });
  }
  return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}

/** Kinds of record that carry an answer card. */
const CARD_KINDS: ReadonlySet<SearchType> = new Set(['indicator', 'commitment', 'term', 'place']);

/** The results that may carry the answer card: among the first three, those that cover the whole query. */
export const cardCandidates = (ranked: readonly Ranked[]): Ranked[] => ranked.slice(0, 3).filter((r) => r.kind !== undefined && CARD_KINDS.has(r.kind) && r.coverage > 0.999);

/**
 * Whether a candidate's card answers the query: an indicator or a commitment that covers it, when
 * it is the first result or the query asks for a number; a term or a place only when the query
 * names that very one (by a written form of its title), and a term only when the query asks
 * nothing else or asks what it means. `rank` counts from 0.
 */
export function cardAnswers(card: Pick<AnswerCard, 'kind' | 'title'>, rank: number, slots: readonly QuerySlot[], intent: QueryIntent): boolean {
  if (card.kind === 'indicator' || card.kind === 'commitment') return rank === 0 || intent.target || intent.past || intent.amount;
  const title = normalizeText(card.title).trim();
  const named = slots.find((s) => s.kind === card.kind && s.forms.includes(title));
  return named !== undefined && (slots.length === 1 || (card.kind === 'term' && intent.definition));
}
