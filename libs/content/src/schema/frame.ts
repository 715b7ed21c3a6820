import { z } from 'zod';
import { IdSchema } from './ids';
import { SegmentSchema } from './segment';
import { ContentTextSchema } from './text';

/**
 * The part of an evening that belongs to no topic: the opening (welcome, agreements,
 * check-in), the look back at last week, the closing round. Plans place frames as
 * items, like topics.
 */
export const FrameSchema = z.strictObject({
  id: IdSchema,
  title: ContentTextSchema,
  summary: ContentTextSchema,
  segments: z.array(SegmentSchema).min(1, { error: 'at least 1 segment' }),
});
export type Frame = z.infer<typeof FrameSchema>;

/** Session-wide guidance, one click away on the console whatever segment is running. */
export const FacilitatorGuideSchema = z.strictObject({
  /** What to do when a pair's conversation gets heated. */
  heated: z.array(ContentTextSchema).min(2).max(8),
  /** What to do if a son (or a mother) discloses harm. */
  safeguarding: z.array(ContentTextSchema).min(2).max(8),
  /** Shown where the facilitator writes their local contact, until they do. */
  contactHint: ContentTextSchema,
});
export type FacilitatorGuide = z.infer<typeof FacilitatorGuideSchema>;
