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

/**
 * The facilitator's notes for one segment: console only, never sent to pairs or the
 * projector. Which fields a segment needs depends on its kind (see the content tests).
 */
export const SegmentNotesSchema = z.strictObject({
  /** After a pair talk or reveal: how to bring the room back together. */
  debrief: ContentTextSchema.optional(),
  /** Polls: what to say when the results come up (a big gap, a small one). */
  talkingPoints: z.array(ContentTextSchema).min(2, { error: 'at least 2 talking points' }).max(3, { error: 'at most 3 talking points' }).optional(),
  /** Pair talks: lines to offer a pair that has gone quiet. */
  stuck: z.array(ContentTextSchema).min(1, { error: 'at least 1 stuck-pair line' }).max(4, { error: 'at most 4 stuck-pair lines' }).optional(),
  /** A prompt that can open grief, conflict or something private: what to watch for. */
  safety: ContentTextSchema.optional(),
});
export type SegmentNotes = z.infer<typeof SegmentNotesSchema>;

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
    /** Facilitator notes; console only. */
    notes: SegmentNotesSchema.optional(),
    /** Can open grief, conflict or something private; such a segment must carry a safety note. */
    sensitive: z.literal(true).optional(),
  };
}

/** A sensitive segment without a safety note is a mistake the loader catches. */
function requireSafetyNote(segment: { sensitive?: true; notes?: SegmentNotes }, ctx: z.RefinementCtx): void {
  if (segment.sensitive && !segment.notes?.safety) {
    ctx.addIssue({ code: 'custom', path: ['notes', 'safety'], message: 'a sensitive segment needs a safety note' });
  }
}

export const IntroSchema = z.strictObject(segmentFields('intro')).superRefine(requireSafetyNote);

export const PairTalkSchema = z
  .strictObject({
    ...segmentFields('pairTalk'),
    prompts: z.array(ContentTextSchema).min(2, { error: 'at least 2 prompts' }).max(4, { error: 'at most 4 prompts' }),
    /** Shown on the phones and the projector once half the time has gone: who talks now. */
    halfway: ContentTextSchema.optional(),
    /** For pairs that finish early. */
    bonus: ContentTextSchema.optional(),
  })
  .superRefine(requireSafetyNote);

export const PrivateAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), maxLength: z.number().int().min(20).max(1000) }),
  z.strictObject({ type: z.literal('choice'), options: OptionsSchema }),
]);

export const PrivateRevealSchema = z
  .strictObject({
    ...segmentFields('privateReveal'),
    /** Worded per role: the mother and the son are asked differently. */
    question: z.strictObject({ mother: ContentTextSchema, son: ContentTextSchema }),
    answer: PrivateAnswerSchema,
  })
  .superRefine(requireSafetyNote);

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
    requireSafetyNote(poll, ctx);
    // Results split by role only make sense when each member votes for themself.
    if (poll.audience === 'byRole' && poll.voter !== 'member') {
      ctx.addIssue({ code: 'custom', path: ['voter'], message: 'a byRole poll is voted by each member, not per pair' });
    }
  });

export const CommitmentSchema = z
  .strictObject({
    ...segmentFields('commitment'),
    prompt: ContentTextSchema,
    examples: z.array(ContentTextSchema).min(1, { error: 'at least 1 example' }).max(4, { error: 'at most 4 examples' }),
  })
  .superRefine(requireSafetyNote);

export const BreakSchema = z.strictObject(segmentFields('break')).superRefine(requireSafetyNote);

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
