import { z } from 'zod';
import { bilingual } from './bilingual.ts';
import { sourcedSentenceSchema } from './sourced-sentence.ts';

/** The topics a resident thinks in (src/content/topics/topics.yaml), in the order pages list them. */
export const TOPIC_IDS = [
  'air', 'water', 'soil', 'noise', 'waste', 'nature', 'climate', 'risk', 'countryside', 'green-economy', 'oversight', 'taking-part',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const topicSchema = z.strictObject({
  id: z.enum(TOPIC_IDS),
  name: bilingual,
  /** One line for cards and link lists: what the topic covers, in a reader's words. */
  summary: bilingual,
  /** A short plain-language introduction, sourced sentence by sentence. */
  intro: z.array(sourcedSentenceSchema).min(2).max(8),
});
export type Topic = z.infer<typeof topicSchema>;

const topicList = z.array(z.enum(TOPIC_IDS)).min(1);
const byId = z.record(z.string().min(1), topicList);

/**
 * Which topics each thing belongs to, chosen by a reader (src/content/topics/assignments.yaml):
 * plan paragraphs and box items by node id, commitments, projects, indicators, lessons (slug),
 * report-guide problems and glossary terms by their ids.
 */
export const topicAssignmentsSchema = z.strictObject({
  paragraphs: byId,
  commitments: byId,
  projects: byId,
  indicators: byId,
  lessons: byId,
  guide: byId,
  glossary: byId,
});
export type TopicAssignments = z.infer<typeof topicAssignmentsSchema>;
