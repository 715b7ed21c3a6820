import { z } from 'zod';
import { COMMITMENT_OUTCOMES } from './series-values';
import { safeText } from './text';

/**
 * Linked series over HTTP: evenings of one programme, the pairs that come back, what
 * each pair agreed last time, and attendance. Spread into HTTP_ROUTES (http.ts).
 *
 * Who sees what: attendance (the facilitator's) carries pair names and counts only;
 * earlier commitments go to the pair's own credential only (docs/privacy.md).
 */

export { COMMITMENT_OUTCOMES, REJOIN_CODE_LENGTH, type CommitmentOutcome } from './series-values';

export { SERIES_ERROR_MESSAGES } from './http-errors';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not an id');

// ---- the facilitator's side ----
export const NextEveningBody = z.strictObject({
  /** The next evening's plan; absent: the series plan's next part, else the same plan. */
  planId: safeText(100).pipe(z.string().min(1)).optional(),
});
export const LinkSessionBody = z.strictObject({ previousSessionId: uuid });
export const MarkPresentBody = z.strictObject({ seriesPairId: uuid });

export const SeriesEveningSchema = z.strictObject({
  sessionId: z.string(),
  part: z.number(),
  title: z.string(),
  code: z.string(),
  status: z.enum(['lobby', 'running', 'ended', 'archived']),
  /** Pairs present (joined and not removed). */
  present: z.number(),
  /** Of those, pairs that came to an earlier evening of the series. */
  returning: z.number(),
});
export const SeriesAttendanceRowSchema = z.strictObject({
  seriesPairId: z.string(),
  /** The name the pair chose, as on its latest evening. */
  name: z.string(),
  /** One per evening, in order: came (true) or not. */
  attended: z.array(z.boolean()),
  evenings: z.number(),
});
export const SeriesOverviewSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** This session's part of the series. */
  part: z.number(),
  evenings: z.array(SeriesEveningSchema),
  pairs: z.array(SeriesAttendanceRowSchema),
});
export const SeriesResponse = z.strictObject({
  series: SeriesOverviewSchema.nullable(),
  /** The plan "Start the next evening" would use; null: the facilitator must choose one. */
  nextPlanId: z.string().nullable(),
});

// ---- the pair's side (Authorization: Bearer <the device's credential>, or a rejoin code) ----
export const RejoinBody = z.strictObject({ code: safeText(20).optional() });
export const RejoinOfferResponse = z.strictObject({ sessionId: z.string(), title: z.string(), pairName: z.string(), part: z.number() });
export const RejoinResponse = z.strictObject({ sessionId: z.string(), pairId: z.string(), pairToken: z.string(), pairName: z.string(), title: z.string() });

export const EarlierCommitmentSchema = z.strictObject({
  segmentId: z.string(),
  prompt: z.string(),
  text: z.string(),
  outcome: z.enum(COMMITMENT_OUTCOMES).nullable(),
});
export const EarlierCommitmentsResponse = z.strictObject({
  evenings: z.array(z.strictObject({ sessionId: z.string(), part: z.number(), title: z.string(), commitments: z.array(EarlierCommitmentSchema) })),
});
export const CommitmentOutcomeBody = z.strictObject({
  sessionId: uuid,
  segmentId: safeText(100).pipe(z.string().min(1)),
  outcome: z.enum(COMMITMENT_OUTCOMES),
});

const cookie = 'cookie' as const;
export const SERIES_ROUTES = [
  { method: 'get', path: '/api/sessions/{id}/series', summary: "The session's series: evenings, and which pairs (by name) came to which, with counts; no private text", auth: cookie, ok: { status: 200, body: SeriesResponse }, errors: { 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/series/link', summary: 'Link this session by hand as the next evening after another of your sessions', auth: cookie, body: LinkSessionBody, ok: { status: 200, body: SeriesResponse }, errors: { 409: 'series/already-linked', 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/series/present', summary: 'Mark a pair of an earlier evening present in this one (it can pick up a phone later)', auth: cookie, body: MarkPresentBody, ok: { status: 200, body: SeriesResponse }, errors: { 404: 'series/unknown-pair', 403: 'join/pair-removed' } },
  { method: 'get', path: '/api/sessions/{id}/series/attendance.csv', summary: "Series attendance as CSV: one row per pair, one column per evening, in ?lang= (the session's language by default)", auth: cookie, ok: { status: 200, body: 'text/csv' }, errors: { 400: 'payload/invalid', 404: 'series/not-in-series' } },
  { method: 'get', path: '/api/series/rejoin', summary: "The open evening this device's credential (Authorization: Bearer) can rejoin as the same pair", ok: { status: 200, body: RejoinOfferResponse }, errors: { 401: 'auth/unknown-pair', 404: 'series/no-open-evening' } },
  { method: 'post', path: '/api/series/rejoin', summary: "Rejoin the series' open evening as the same pair: with this device's credential (Bearer), or on a new phone with the pair's rejoin code", body: RejoinBody, ok: { status: 201, body: RejoinResponse }, errors: { 404: 'series/code-unknown, series/no-open-evening', 403: 'join/pair-removed', 429: 'join/rate-limited' } },
  { method: 'get', path: '/api/series/commitments', summary: "The pair's own commitments from earlier evenings and how it said they went (Bearer: the pair's credential only)", ok: { status: 200, body: EarlierCommitmentsResponse }, errors: { 401: 'auth/unknown-pair' } },
  { method: 'post', path: '/api/series/commitments/outcome', summary: 'The pair marks how an earlier commitment went', body: CommitmentOutcomeBody, ok: { status: 200, body: EarlierCommitmentsResponse }, errors: { 401: 'auth/unknown-pair', 404: 'series/not-earlier' } },
] as const;

export type SeriesOverview = z.output<typeof SeriesOverviewSchema>;
export type SeriesResult = z.output<typeof SeriesResponse>;
export type RejoinOffer = z.output<typeof RejoinOfferResponse>;
export type RejoinResult = z.output<typeof RejoinResponse>;
export type EarlierCommitments = z.output<typeof EarlierCommitmentsResponse>;
export type EarlierCommitment = z.output<typeof EarlierCommitmentSchema>;
