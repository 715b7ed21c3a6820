import { z } from 'zod';
import { IdSchema } from './ids';
import { SegmentSchema } from './segment';
import { ContentTextSchema } from './text';

export const TopicSchema = z.strictObject({
  id: IdSchema,
  /** Position in the default curriculum order, starting at 1. */
  number: z.number().int().min(1),
  title: ContentTextSchema,
  /** One line the devices show under the title. */
  summary: ContentTextSchema,
  /** Handout text. */
  keyIdeas: z.array(ContentTextSchema).min(2, { error: 'at least 2 key ideas' }).max(3, { error: 'at most 3 key ideas' }),
  /** One activity per topic: a handout with more is a handout nobody finishes. */
  takeHome: z.array(ContentTextSchema).length(1, { error: 'exactly 1 take-home activity' }),
  /** Starts with the intro, whose script is the facilitator's introduction to the topic. */
  segments: z.array(SegmentSchema).min(1, { error: 'at least 1 segment' }),
});
export type Topic = z.infer<typeof TopicSchema>;
