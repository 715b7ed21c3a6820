import { z } from 'zod';
import { IdSchema, SegmentIdSchema } from './ids';
import type { PlanItemV2 as PlanItem, PlanV2 as Plan } from './plan-v2';

/**
 * The first saved custom-plan format: durations in minutes, breaks kept in a list
 * beside the topics, no extra segments. Frozen: never edit it, only upgrade from it.
 */
export const PlanV1Schema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: IdSchema,
    name: z.string().regex(/\S/, { error: 'must not be empty' }),
    topics: z
      .array(
        z.strictObject({
          topicId: IdSchema,
          skip: z.array(SegmentIdSchema).optional(),
          minutes: z.record(SegmentIdSchema, z.number().positive()).optional(),
        }),
      )
      .min(1, { error: 'at least 1 topic' }),
    breaks: z.array(z.strictObject({ afterTopic: IdSchema, minutes: z.number().positive() })).optional(),
  })
  .superRefine((plan, ctx) => {
    const topicIds = new Set(plan.topics.map((topic) => topic.topicId));
    plan.breaks?.forEach((pause, index) => {
      if (!topicIds.has(pause.afterTopic)) {
        ctx.addIssue({
          code: 'custom',
          path: ['breaks', index, 'afterTopic'],
          message: `"${pause.afterTopic}" is not one of this plan's topics`,
        });
      }
    });
  });
export type PlanV1 = z.infer<typeof PlanV1Schema>;

const toSec = (minutes: number): number => Math.round(minutes * 60);

export function upgradePlanV1(old: PlanV1): Plan {
  const items: PlanItem[] = [];
  let breakCount = 0;
  for (const topic of old.topics) {
    items.push({
      kind: 'topic',
      topicId: topic.topicId,
      ...(topic.skip ? { skip: topic.skip } : {}),
      ...(topic.minutes
        ? { durations: Object.fromEntries(Object.entries(topic.minutes).map(([id, minutes]) => [id, toSec(minutes)])) }
        : {}),
    });
    for (const pause of old.breaks ?? []) {
      if (pause.afterTopic !== topic.topicId) continue;
      breakCount += 1;
      items.push({ kind: 'break', id: `break-${breakCount}`, durationSec: toSec(pause.minutes) });
    }
  }
  return { schemaVersion: 2, id: old.id, title: { en: old.name }, items };
}
