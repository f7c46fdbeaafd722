import type { NodeIndex } from '../nodes/node-index.ts';
import { inside, type Problems } from '../problems.ts';
import { TOPIC_IDS, type Topic, type TopicAssignments, type TopicId } from '../schemas/topic.ts';
import type { Located } from '../sources.ts';
import { checkSentences } from './sentences.ts';

export type TopicMemberKind = keyof TopicAssignments;

/** A topic with everything assigned to it, in the order of the assignment file's lists. */
export interface TopicEntry extends Topic {
  members: Record<TopicMemberKind, string[]>;
}

export interface TopicIndex {
  topics: TopicEntry[];
  /** The topics a thing belongs to, main topic first ([] when it has none). */
  of: (kind: TopicMemberKind, id: string) => readonly TopicId[];
}

/** What exists to be assigned, by kind. */
export type KnownMembers = Record<TopicMemberKind, ReadonlySet<string>>;

/** Kinds whose every member must have a topic. */
const REQUIRED: readonly TopicMemberKind[] = ['commitments', 'projects', 'indicators'];

/**
 * Topics with their members, from a reader's assignments. Every topic is defined once, with a
 * sourced introduction; every assigned id exists; every commitment, project and indicator has a
 * topic; every topic gathers at least 5 plan paragraphs and an indicator or a commitment.
 */
export function buildTopics(list: readonly Located<Topic>[], assignments: Located<TopicAssignments> | undefined, known: KnownMembers, nodes: NodeIndex, problems: Problems): TopicIndex {
  const kinds = Object.keys(known) as TopicMemberKind[];
  const empty = () => Object.fromEntries(kinds.map((k) => [k, [] as string[]])) as Record<TopicMemberKind, string[]>;
  const byId = new Map(list.map((r) => [r.record.id, r]));
  if (list.length > 0) for (const id of TOPIC_IDS) if (!byId.has(id)) problems.file(list[0]!.file, `topic ${id} is not defined`);
  for (const r of list) checkSentences(r, `topic ${r.record.id}`, r.record.intro, nodes, problems);
  const topics: TopicEntry[] = TOPIC_IDS.filter((id) => byId.has(id)).map((id) => ({ ...byId.get(id)!.record, members: empty() }));
  const lookup = new Map<string, readonly TopicId[]>();
  if (assignments) {
    for (const kind of kinds) {
      for (const [id, list] of Object.entries(assignments.record[kind])) {
        if (!known[kind].has(id)) problems.at(inside(assignments, kind, id), `${kind}: ${id} does not exist`);
        lookup.set(`${kind}:${id}`, list);
        for (const t of list) topics.find((x) => x.id === t)?.members[kind].push(id);
      }
    }
    for (const kind of REQUIRED) for (const id of known[kind]) if (!lookup.has(`${kind}:${id}`)) problems.at(assignments, `${kind}: ${id} has no topic`);
    for (const t of topics) {
      if (t.members.paragraphs.length < 5) problems.at(assignments, `topic ${t.id}: ${t.members.paragraphs.length} plan paragraphs; at least 5 are needed`);
      if (t.members.indicators.length + t.members.commitments.length === 0) problems.at(assignments, `topic ${t.id}: no indicator or commitment`);
    }
  }
  return { topics, of: (kind, id) => lookup.get(`${kind}:${id}`) ?? [] };
}
