import { z } from 'zod';
import { durationSchema } from './durations';
import { IdSchema, SegmentIdSchema } from './ids';
import { SegmentSchema } from './segment';
import { LocalizedTextSchema } from './text';

/** The plan format this build writes. Older saved plans are upgraded on load. */
export const PLAN_SCHEMA_VERSION = 2;

export const ExtraSegmentSchema = z
  .strictObject({
    /** Inserted right after this segment of the topic (curriculum or earlier extra); at the end if absent. */
    after: SegmentIdSchema.optional(),
    segment: SegmentSchema,
  })
  .superRefine((extra, ctx) => {
    if (extra.segment.kind === 'break') {
      ctx.addIssue({ code: 'custom', path: ['segment', 'kind'], message: 'add a break as a plan item, not inside a topic' });
    }
  });
export type ExtraSegment = z.infer<typeof ExtraSegmentSchema>;

/**
 * A topic as this plan runs it. Customizations are stored as changes to the
 * curriculum rather than a copy of it, so wording fixes and translations reach
 * saved plans too.
 */
export const PlanTopicItemSchema = z.strictObject({
  kind: z.literal('topic'),
  topicId: IdSchema,
  /** Curriculum segments this plan leaves out. */
  skip: z.array(SegmentIdSchema).optional(),
  /** Duration overrides by segment id; the curriculum default applies otherwise. */
  durations: z.record(SegmentIdSchema, z.number().int().positive()).optional(),
  extra: z.array(ExtraSegmentSchema).optional(),
});
export type PlanTopicItem = z.infer<typeof PlanTopicItemSchema>;

export const PlanBreakItemSchema = z.strictObject({
  kind: z.literal('break'),
  id: IdSchema,
  durationSec: durationSchema('break'),
  /** Replaces the curriculum's default break title. */
  title: LocalizedTextSchema.optional(),
});
export type PlanBreakItem = z.infer<typeof PlanBreakItemSchema>;

export const PlanItemSchema = z.discriminatedUnion('kind', [PlanTopicItemSchema, PlanBreakItemSchema]);
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const PlanSeriesSchema = z
  .strictObject({
    /** Shared by every plan of the series. */
    seriesId: IdSchema,
    /** Which evening this plan is, from 1. */
    part: z.number().int().min(1),
    parts: z.number().int().min(1),
  })
  .refine((series) => series.part <= series.parts, { error: 'part is beyond the number of parts', path: ['part'] });

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: IdSchema,
  /** A custom plan's own name is stored under `en`, the fallback every language reaches. */
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** The length the plan is designed for, shown in the plan picker ("about 3 hours"). */
  targetMinutes: z.number().int().positive().optional(),
  series: PlanSeriesSchema.optional(),
  /** The plan this one was copied from. */
  basedOn: IdSchema.optional(),
  /**
   * When step timers start in sessions of this plan: as each step opens, or on the
   * facilitator's click (absent: on the click). A session may choose otherwise.
   */
  timerStart: z.enum(['onOpen', 'manual']).optional(),
  items: z.array(PlanItemSchema).min(1, { error: 'at least 1 item' }),
});
export type Plan = z.infer<typeof PlanSchema>;
