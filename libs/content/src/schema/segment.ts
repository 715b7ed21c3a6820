import { z } from 'zod';
import type { SegmentKind } from '../agenda';
import { durationSchema } from './durations';
import { IdSchema, SegmentIdSchema } from './ids';
import { ContentTextSchema } from './text';

export const OptionSchema = z.strictObject({ id: IdSchema, label: ContentTextSchema });
export type Option = z.infer<typeof OptionSchema>;

/** Choice options: at least two, at most eight (a phone screen), ids unique. */
export const OptionsSchema = z
  .array(OptionSchema)
  .min(2, { error: 'at least 2 options' })
  .max(8, { error: 'at most 8 options' })
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate option id "${option.id}"` });
      }
      seen.add(option.id);
    });
  });

function segmentFields<K extends SegmentKind>(kind: K) {
  return {
    id: SegmentIdSchema,
    kind: z.literal(kind),
    title: ContentTextSchema,
    durationSec: durationSchema(kind),
    /** What the facilitator says or does; console only. */
    script: ContentTextSchema,
    /** One or two lines for the pair devices and the projector. */
    deviceText: ContentTextSchema,
  };
}

export const IntroSchema = z.strictObject(segmentFields('intro'));

export const PairTalkSchema = z.strictObject({
  ...segmentFields('pairTalk'),
  prompts: z.array(ContentTextSchema).min(2, { error: 'at least 2 prompts' }).max(4, { error: 'at most 4 prompts' }),
});

export const PrivateAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), maxLength: z.number().int().min(20).max(1000) }),
  z.strictObject({ type: z.literal('choice'), options: OptionsSchema }),
]);

export const PrivateRevealSchema = z.strictObject({
  ...segmentFields('privateReveal'),
  /** Worded per role: the mother and the son are asked differently. */
  question: z.strictObject({ mother: ContentTextSchema, son: ContentTextSchema }),
  answer: PrivateAnswerSchema,
});

export const PollSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), options: OptionsSchema }),
  z
    .strictObject({ type: z.literal('multiple'), options: OptionsSchema, maxChoices: z.number().int().min(1) })
    .superRefine((poll, ctx) => {
      if (poll.maxChoices > poll.options.length) {
        ctx.addIssue({ code: 'custom', path: ['maxChoices'], message: 'more choices allowed than there are options' });
      }
    }),
  z.strictObject({
    type: z.literal('scale'),
    min: z.literal(1),
    max: z.literal(5),
    minLabel: ContentTextSchema,
    maxLabel: ContentTextSchema,
  }),
  z.strictObject({ type: z.literal('openText'), maxLength: z.number().int().min(10).max(280) }),
]);

export const PollSchema = z
  .strictObject({
    ...segmentFields('poll'),
    question: ContentTextSchema,
    poll: PollSpecSchema,
    audience: z.enum(['everyone', 'byRole']),
    voter: z.enum(['member', 'pair']),
  })
  .superRefine((poll, ctx) => {
    // Results split by role only make sense when each member votes for themself.
    if (poll.audience === 'byRole' && poll.voter !== 'member') {
      ctx.addIssue({ code: 'custom', path: ['voter'], message: 'a byRole poll is voted by each member, not per pair' });
    }
  });

export const CommitmentSchema = z.strictObject({
  ...segmentFields('commitment'),
  prompt: ContentTextSchema,
  examples: z.array(ContentTextSchema).min(1, { error: 'at least 1 example' }).max(4, { error: 'at most 4 examples' }),
});

export const BreakSchema = z.strictObject(segmentFields('break'));

export const SegmentSchema = z.discriminatedUnion('kind', [
  IntroSchema,
  PairTalkSchema,
  PrivateRevealSchema,
  PollSchema,
  CommitmentSchema,
  BreakSchema,
]);
export type Segment = z.infer<typeof SegmentSchema>;
export type PollSegmentContent = z.infer<typeof PollSchema>;
