import { z } from 'zod';

// The second saved plan format (topics and breaks, no frame items, no transitions).
// Frozen: never edit it, only upgrade from it (see plan-versions.ts).
import { durationSchema } from './durations';
import { IdSchema, SegmentIdSchema } from './ids';
import { SegmentSchema } from './segment';
import { LocalizedTextSchema } from './text';
import type { Plan } from './plan';


export const ExtraSegmentV2Schema = z
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
export type ExtraSegmentV2 = z.infer<typeof ExtraSegmentV2Schema>;

/**
 * A topic as this plan runs it. Customizations are stored as changes to the
 * curriculum rather than a copy of it, so wording fixes and translations reach
 * saved plans too.
 */
export const PlanTopicItemV2Schema = z.strictObject({
  kind: z.literal('topic'),
  topicId: IdSchema,
  /** Curriculum segments this plan leaves out. */
  skip: z.array(SegmentIdSchema).optional(),
  /** Duration overrides by segment id; the curriculum default applies otherwise. */
  durations: z.record(SegmentIdSchema, z.number().int().positive()).optional(),
  extra: z.array(ExtraSegmentV2Schema).optional(),
});
export type PlanTopicItemV2 = z.infer<typeof PlanTopicItemV2Schema>;

export const PlanBreakItemV2Schema = z.strictObject({
  kind: z.literal('break'),
  id: IdSchema,
  durationSec: durationSchema('break'),
  /** Replaces the curriculum's default break title. */
  title: LocalizedTextSchema.optional(),
});
export type PlanBreakItemV2 = z.infer<typeof PlanBreakItemV2Schema>;

export const PlanItemV2Schema = z.discriminatedUnion('kind', [PlanTopicItemV2Schema, PlanBreakItemV2Schema]);
export type PlanItemV2 = z.infer<typeof PlanItemV2Schema>;

export const PlanSeriesV2Schema = z
  .strictObject({
    /** Shared by every plan of the series. */
    seriesId: IdSchema,
    /** Which evening this plan is, from 1. */
    part: z.number().int().min(1),
    parts: z.number().int().min(1),
  })
  .refine((series) => series.part <= series.parts, { error: 'part is beyond the number of parts', path: ['part'] });

export const PlanV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  id: IdSchema,
  /** A custom plan's own name is stored under `en`, the fallback every language reaches. */
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** The length the plan is designed for, shown in the plan picker ("about 3 hours"). */
  targetMinutes: z.number().int().positive().optional(),
  series: PlanSeriesV2Schema.optional(),
  /** The plan this one was copied from. */
  basedOn: IdSchema.optional(),
  items: z.array(PlanItemV2Schema).min(1, { error: 'at least 1 item' }),
});
export type PlanV2 = z.infer<typeof PlanV2Schema>;

/**
 * Version 3 adds the frame. A saved version 2 plan had none, so it gains the
 * opening and the closing round: every evening starts and ends the same way now.
 * Its transition time stays 0, so the topics' own timing is kept as it was saved.
 */
export function upgradePlanV2(old: PlanV2): Plan {
  const items = old.items.map((item) => (item.kind === 'topic' ? withoutRemovedSegments(item) : item));
  return {
    ...old,
    schemaVersion: 3,
    items: [{ kind: 'frame', frameId: 'opening' }, ...items, { kind: 'frame', frameId: 'closing' }],
  };
}

/** Version 3's closing frame replaced topic 9's closing poll; references to it are dropped. */
const REMOVED_IN_V3 = new Set(['independence.closing']);

function withoutRemovedSegments(item: PlanTopicItemV2): PlanTopicItemV2 {
  const { skip, durations, ...rest } = item;
  const keptSkip = skip?.filter((id) => !REMOVED_IN_V3.has(id));
  const keptDurations = durations ? Object.fromEntries(Object.entries(durations).filter(([id]) => !REMOVED_IN_V3.has(id))) : undefined;
  return {
    ...rest,
    ...(keptSkip && keptSkip.length > 0 ? { skip: keptSkip } : {}),
    ...(keptDurations && Object.keys(keptDurations).length > 0 ? { durations: keptDurations } : {}),
  };
}
