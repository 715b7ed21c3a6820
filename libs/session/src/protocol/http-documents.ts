import type { HandoutText } from '@kindred/content';
import { z } from 'zod';
import type { HandoutModel } from './handout';
import { SeriesOverviewSchema } from './series';

/**
 * Response schemas for the two JSON documents the HTTP API serves: a pair's handout
 * (GET /api/handouts/{pairId}, and the share route) and the facilitator's session report
 * (GET /api/sessions/{id}/report.json). Strict objects, like the rest of the contract:
 * a field a controller adds without describing it here fails the integration tests.
 */

const phase = z.enum(['lobby', 'running', 'ended']);
const memberNames = z.strictObject({ mother: z.string().nullable(), son: z.string().nullable() });
const groupName = z.enum(['everyone', 'mother', 'son', 'together']);
const wordCount = z.strictObject({ word: z.string(), count: z.number() });

export const PollGroupSummarySchema = z.discriminatedUnion('status', [
  z.strictObject({ group: groupName, status: z.literal('not-enough-answers'), needed: z.number() }),
  z.strictObject({
    group: groupName,
    status: z.literal('shown'),
    ballotCount: z.number(),
    bars: z.array(z.strictObject({ label: z.string(), count: z.number() })),
    mean: z.number().nullable(),
    answers: z.array(z.string()),
    words: z.array(wordCount),
  }),
]);
const pollType = z.enum(['single', 'multiple', 'scale', 'openText']);
const audience = z.enum(['everyone', 'byRole']);

const PollSummarySchema = z.strictObject({ pollId: z.string(), question: z.string(), type: pollType, audience, groups: z.array(PollGroupSummarySchema) });

const HandoutTextSchema = z.strictObject({
  startHere: z.strictObject({ title: z.string(), intro: z.string(), howDidItGo: z.string(), keyPhrasesTitle: z.string(), keyPhrases: z.array(z.string()) }),
  resources: z.strictObject({ title: z.string(), intro: z.string(), items: z.array(z.string()) }),
  title: z.string(),
  intro: z.string(),
  sections: z.array(z.strictObject({ id: z.string(), title: z.string(), tips: z.array(z.string()) })),
  closing: z.string(),
}) satisfies z.ZodType<HandoutText>;

export const HandoutModelSchema = z.strictObject({
  pairId: z.string(),
  sessionId: z.string(),
  workshop: z.strictObject({
    title: z.string(),
    planTitle: z.string(),
    date: z.string(),
    facilitatorName: z.string(),
    language: z.string(),
    phase,
  }),
  pair: z.strictObject({ name: z.string(), members: memberNames, carer: z.string().optional() }),
  topics: z.array(
    z.strictObject({
      sectionId: z.string(),
      topicNumber: z.number().nullable(),
      title: z.string(),
      summary: z.string(),
      keyIdeas: z.array(z.string()),
      answers: z.array(
        z.strictObject({
          segmentId: z.string(),
          title: z.string(),
          question: z.strictObject({ mother: z.string(), son: z.string() }),
          revealed: z.boolean(),
          mother: z.string().nullable(),
          son: z.string().nullable(),
        }),
      ),
      commitments: z.array(z.strictObject({ segmentId: z.string(), prompt: z.string(), text: z.string() })),
      polls: z.array(PollSummarySchema),
      takeHome: z.array(z.string()),
    }),
  ),
  closing: HandoutTextSchema,
  retention: z.strictObject({ days: z.number().nullable(), deleteAt: z.string().nullable(), deleted: z.boolean() }),
  sharing: z.strictObject({ sharedWithFacilitator: z.boolean(), privateTextWithheld: z.boolean() }),
  series: z
    .strictObject({
      title: z.string(),
      part: z.number(),
      rejoinCode: z.string(),
      evenings: z.array(
        z.strictObject({
          sessionId: z.string(),
          part: z.number(),
          title: z.string(),
          topics: z.array(z.string()),
          commitments: z.array(
            z.strictObject({ segmentId: z.string(), prompt: z.string(), text: z.string(), outcome: z.enum(['done', 'partly', 'not-yet']).nullable() }),
          ),
        }),
      ),
    })
    .nullable()
    .optional(),
}) satisfies z.ZodType<HandoutModel>;

/** The fidelity record (the engine's fidelityRecord): facilitators' notes and timings, no pair's words. */
export const FidelitySchema = z.strictObject({
  sessionId: z.string(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  plannedMinutes: z.number(),
  actualMinutes: z.number(),
  segmentsDelivered: z.number(),
  segmentsSkipped: z.number(),
  topics: z.array(
    z.strictObject({
      sectionId: z.string(),
      title: z.string(),
      kind: z.string(),
      note: z.string().nullable(),
      segments: z.array(
        z.strictObject({
          segmentId: z.string(),
          title: z.string(),
          kind: z.string(),
          plannedMinutes: z.number(),
          actualMinutes: z.number(),
          skipped: z.boolean(),
          pairsPresent: z.number(),
        }),
      ),
    }),
  ),
});

export const SessionReportSchema = z.strictObject({
  session: z.strictObject({
    id: z.string(),
    title: z.string(),
    planId: z.string(),
    planTitle: z.string(),
    code: z.string(),
    language: z.string(),
    ageBand: z.enum(['teen', 'adult']),
    phase,
    scheduledFor: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    facilitatorName: z.string(),
    minGroupSize: z.number(),
    privateRetentionDays: z.number().nullable(),
  }),
  attendance: z.strictObject({
    pairCount: z.number(),
    activePairCount: z.number(),
    removedPairCount: z.number(),
    pairs: z.array(
      z.strictObject({
        pairId: z.string(),
        name: z.string(),
        members: memberNames,
        joinedAt: z.string(),
        removedAt: z.string().nullable(),
        removed: z.boolean(),
        answeredPrivateSteps: z.number(),
        revealedPrivateSteps: z.number(),
        commitments: z.number(),
      }),
    ),
  }),
  timing: z.strictObject({
    plannedMs: z.number(),
    actualMs: z.number(),
    segments: z.array(
      z.strictObject({
        sectionId: z.string(),
        sectionTitle: z.string(),
        segmentId: z.string(),
        title: z.string(),
        kind: z.string(),
        plannedMs: z.number(),
        actualMs: z.number(),
        visits: z.array(z.strictObject({ startedAt: z.string(), endedAt: z.string().nullable() })),
        inProgress: z.boolean(),
      }),
    ),
  }),
  polls: z.array(
    z.strictObject({
      pollId: z.string(),
      sectionTitle: z.string(),
      question: z.string(),
      type: pollType,
      audience,
      voter: z.enum(['pair', 'member']),
      status: z.enum(['draft', 'open', 'closed', 'revealed']),
      ballotCount: z.number(),
      groups: z.array(PollGroupSummarySchema).nullable(),
    }),
  ),
  fidelity: FidelitySchema,
  /** A series evening's report carries the series' attendance (names and counts). */
  series: SeriesOverviewSchema.nullable().optional(),
  generatedAt: z.string(),
});

export type SessionReportDocument = z.output<typeof SessionReportSchema>;
