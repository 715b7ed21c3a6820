import { PLAN_FILE_MAX_BYTES, PlanSchema, type AgeBand, type SegmentKind } from '@kindred/content';
import { TIMER_START_MODES } from './timer';
import { z } from 'zod';
import { FidelitySchema, HandoutModelSchema, SessionReportSchema } from './http-documents';
import { LIMITS } from './limits';
import type { PublicAddress } from './links';
import { languageSchema } from './language';
import { nameText, safeText } from './text';
import {
  FACILITATOR_ROLES,
  ForgotPasswordBody,
  ForgotPasswordResponse,
  InviteAcceptedResponse,
  InviteCreatedResponse,
  InvitePreviewResponse,
  InviteTokenBody,
  RecoveryInfoResponse,
  ResetPasswordBody,
  TeamResponse,
} from './team-http';
import { NextEveningBody, SERIES_ROUTES } from './series';

/**
 * The HTTP contract, said once: request and response schemas for every JSON route.
 * The API validates bodies with the request schemas and generates its OpenAPI document
 * from HTTP_ROUTES; the web derives its types from the same schemas; the integration
 * tests parse every response with the response schema (strict objects: a field the
 * contract does not describe fails). Live sessions speak socket.io (socket-events.ts).
 */

// ---- shared pieces ----
const ageBand = z.enum(['teen', 'adult']) satisfies z.ZodType<AgeBand>;
const segmentKind = z.custom<SegmentKind>((value) => typeof value === 'string', 'not a segment kind');

// The codes live in a zod-free module so a page that only explains errors doesn't
// download this contract's schemas (and zod).
export { HTTP_ERROR_MESSAGES, type HttpErrorCode } from './http-errors';

/** Every HTTP failure: a stable code from the shared lists and a human message. */
export const ErrorResponse = z.looseObject({ code: z.string(), message: z.string() });

// ---- auth ----
// Every string field is built from the shared text rules (./text.ts): no NUL, no lone
// surrogate, names normalized. The password's strength is checked by the API on top.
const email = safeText(200).pipe(z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address' })));
export const SignUpBody = z.object({
  email,
  password: safeText(200),
  displayName: nameText(80, 'Enter your name'),
});
export const SignInBody = z.object({ email, password: safeText(200).pipe(z.string().min(1, 'Enter your password')) });
export const FacilitatorSchema = z.strictObject({ id: z.string(), email: z.string(), displayName: z.string() });
export const FacilitatorResponse = z.strictObject({ facilitator: FacilitatorSchema });

// ---- plans ----
/** How the console customizes a built-in plan: order of sections, segments off, durations. */
export const CustomizationSchema = z.strictObject({
  /** Section ids (topic ids and break ids) in the new order; sections left out are dropped. */
  order: z.array(safeText(100).pipe(z.string().min(1))).max(40).optional(),
  disabledSegments: z.array(safeText(100).pipe(z.string().min(1))).max(200).optional(),
  durations: z.record(safeText(100).pipe(z.string().min(1)), z.number().int().min(30).max(4 * 60 * 60)).optional(),
});
export const PlanSegmentSummarySchema = z.strictObject({ id: z.string(), kind: segmentKind, title: z.string(), durationSec: z.number(), enabled: z.boolean() });
export const PlanSectionSummarySchema = z.strictObject({
  id: z.string(),
  /** `frame`: the opening, the look back at last week, the closing round. */
  kind: z.enum(['topic', 'break', 'frame']),
  topicNumber: z.number().nullable(),
  title: z.string(),
  summary: z.string(),
  segments: z.array(PlanSegmentSummarySchema),
});
export const PlanSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  targetMinutes: z.number().nullable(),
  /** Segments, breaks and the transitions between sections. */
  totalSec: z.number(),
  /** Planned for moving between two sections; the console adds it to its live total. */
  transitionSec: z.number(),
  seriesId: z.string().nullable(),
  part: z.number().nullable(),
  /** When step timers start by default in this plan's sessions. */
  timerStart: z.enum(TIMER_START_MODES),
  sections: z.array(PlanSectionSummarySchema),
});
export const PlansResponse = z.strictObject({ plans: z.array(PlanSummarySchema) });
export const PreviewBody = z.strictObject({ planId: safeText(100).pipe(z.string().min(1)), customization: CustomizationSchema.optional() });
export const PreviewResponse = z.strictObject({
  totalSec: z.number(),
  sections: z.array(z.strictObject({ id: z.string(), title: z.string(), durationSec: z.number() })),
});

/** Plans that travel: the file is the content library's plan document (schemaVersion included). */
export const ExportPlanBody = PreviewBody;
export const PlanFileResponse = PlanSchema;
export const ImportPlanBody = z.strictObject({ file: z.string().max(PLAN_FILE_MAX_BYTES) });
export const ImportPlanResponse = z.strictObject({
  /** The built-in plan the file customizes; the console opens it with the customization applied. */
  planId: z.string(),
  title: z.string(),
  customization: CustomizationSchema.required(),
});
/** A refused import: every problem found, nothing imported. */
export const PlanRefusedResponse = z.strictObject({ code: z.literal('plan/invalid'), message: z.string(), problems: z.array(z.string()) });

// ---- sessions ----
export const CreateSessionBody = z.strictObject({
  title: nameText(120, 'Give the session a title'),
  planId: safeText(100).pipe(z.string().min(1)),
  customization: CustomizationSchema.optional(),
  language: languageSchema.default('en'),
  ageBand: ageBand.default('teen'),
  scheduledFor: z.iso.date().nullable().optional(),
  privateRetentionDays: z.number().int().min(1).max(3650).nullable().optional(),
  minGroupSize: z.number().int().min(2).max(20).optional(),
  /** When step timers start; absent: the plan's setting. */
  timerStart: z.enum(TIMER_START_MODES).optional(),
  /** Local help for the handout's resources box, one place per line. */
  localResources: z.array(safeText(200).pipe(z.string().trim().min(1))).max(6).optional(),
  /** The facilitator's safeguarding contact; only the console shows it. */
  safeguardingContact: safeText(300).pipe(z.string().trim()).optional(),
});
export const SessionSummarySchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(['lobby', 'running', 'ended', 'archived']),
  planId: z.string(),
  language: z.string(),
  ageBand,
  scheduledFor: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  pairCount: z.number(),
  /** Whether you own the session or were invited to facilitate it. */
  role: z.enum(FACILITATOR_ROLES),
});
/** Duplicate: a new session with the same settings; the title defaults to the original's. */
export const DuplicateSessionBody = z.strictObject({ title: nameText(120, 'Give the session a title').optional() });
export const ProjectorLinkResponse = z.strictObject({ projectorToken: z.string() });
export const SessionCreatedResponse = SessionSummarySchema.extend(ProjectorLinkResponse.shape);
export const SessionsResponse = z.strictObject({ sessions: z.array(SessionSummarySchema) });

// ---- join ----
export const JoinBody = z.strictObject({
  code: safeText(20),
  // Checked in full by the protocol's pair.join schema, exactly as on the socket.
  pairName: safeText(LIMITS.pairName * 4),
  // Names are checked by the pair.join command's schema, exactly as over the socket.
  members: z.unknown().optional(),
  /** The join page's language: recorded as the pair's (its handout's); absent: the session's. */
  language: languageSchema.optional(),
});
/** `language`: the session's, what the join page starts in when the device has no language of its own yet. */
export const JoinInfoResponse = z.strictObject({ title: z.string(), acceptingPairs: z.boolean(), language: z.string() });
export const JoinResultResponse = z.strictObject({
  sessionId: z.string(),
  pairId: z.string(),
  pairToken: z.string(),
  /** The name the pair got: the one it typed, normalized, or made unique ("Night Owls 2"). */
  pairName: z.string(),
});

// ---- a pair's phones (Authorization: Bearer <the device's own credential>) ----
const memberRole = z.enum(['mother', 'son']);
/** From the shared device: who takes the new phone. From a member's phone: omit (the other member). */
export const DeviceCodeBody = z.strictObject({ role: memberRole.optional() });
export const DeviceCodeResponse = z.strictObject({
  code: z.string(),
  role: memberRole,
  expiresAt: z.number(),
  /** The credential the shared device moves to once the new phone is in; null from a member's phone. */
  keep: z.strictObject({ pairToken: z.string(), member: memberRole }).nullable(),
});
/** `language`: the new phone's; recorded as the pair's, like `pair.setLanguage` (absent: unchanged). */
export const RedeemBody = z.strictObject({ code: z.string().max(20), language: languageSchema.optional() });
export const RedeemResponse = z.strictObject({ sessionId: z.string(), pairId: z.string(), pairToken: z.string(), member: memberRole });
export const MergeResponse = z.union([z.strictObject({ merged: z.literal(true), pairToken: z.string() }), z.strictObject({ merged: z.literal(false) })]);

// ---- handouts ----
/** The pair shares its handout with the facilitator (true) or withdraws that (false). */
export const HandoutShareBody = z.strictObject({ shared: z.boolean() });

// ---- health ----
export const HealthResponse = z.looseObject({ status: z.string() });

// ---- the address phones use (links.ts builds every link from it) ----
export const PublicAddressResponse = z.strictObject({
  publicUrl: z.string().nullable(),
  lanUrls: z.array(z.string()),
}) satisfies z.ZodType<PublicAddress>;

/** One HTTP route: what it takes and what each status answers (a schema, or a content type). */
export interface HttpRoute {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI style: `{id}` for a path parameter. */
  path: string;
  summary: string;
  body?: z.ZodType;
  auth?: 'cookie';
  /** 2xx: the response body's schema (every JSON answer has one), or a content type for files; 4xx/5xx: the error codes. */
  ok: { status: number; body: z.ZodType | 'application/pdf' | 'text/csv' | null };
  errors?: Record<number, string>;
}

export const HTTP_ROUTES = [
  { method: 'get', path: '/health/live', summary: 'The process runs', ok: { status: 200, body: HealthResponse } },
  {
    method: 'get',
    path: '/health/ready',
    summary: 'Ready for traffic: the database answers (migrations applied), Redis and the ownership connection are up when configured, not stopping',
    ok: { status: 200, body: HealthResponse },
    errors: { 503: 'not ready (answered within 2 s even when the database is silent)' },
  },
  { method: 'get', path: '/health', summary: 'The same as /health/ready (kept for older scripts)', ok: { status: 200, body: HealthResponse }, errors: { 503: 'not ready' } },
  { method: 'get', path: '/api/config', summary: 'The address phones use: PUBLIC_URL (or null: the address the browser used) and the LAN addresses the server answers on', ok: { status: 200, body: PublicAddressResponse } },
  { method: 'post', path: '/api/auth/signup', summary: 'Create a facilitator account and sign in (the same answer whether or not the email already has an account)', body: SignUpBody, ok: { status: 201, body: FacilitatorResponse }, errors: { 400: 'payload/invalid (e.g. a password too easy to guess)', 403: 'request/cross-site', 429: 'request/rate-limited' } },
  { method: 'post', path: '/api/auth/signin', summary: 'Sign in', body: SignInBody, ok: { status: 200, body: FacilitatorResponse }, errors: { 401: 'auth/invalid-credentials', 429: 'auth/too-many-attempts' } },
  { method: 'post', path: '/api/auth/signout', summary: 'Sign out', ok: { status: 204, body: null } },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in facilitator', auth: 'cookie', ok: { status: 200, body: FacilitatorResponse }, errors: { 401: 'auth/signed-out' } },
  { method: 'get', path: '/api/plans', summary: 'The built-in plans with their topics and segments, in ?lang= (English by default)', ok: { status: 200, body: PlansResponse }, errors: { 400: 'payload/invalid' } },
  { method: 'post', path: '/api/plans/preview', summary: 'Validate a customized plan and get its total time', body: PreviewBody, ok: { status: 200, body: PreviewResponse }, errors: { 400: 'plan/invalid' } },
  { method: 'post', path: '/api/plans/export', summary: 'A customized plan as a plan file (the content schema, with its schemaVersion) to download', body: ExportPlanBody, ok: { status: 200, body: PlanFileResponse }, errors: { 400: 'plan/invalid', 404: 'plan/not-found' } },
  { method: 'post', path: '/api/plans/import', summary: 'Read a plan file: validated like a shipped plan, upgraded if older; refused whole with every problem listed (body: PlanRefusedResponse)', body: ImportPlanBody, ok: { status: 200, body: ImportPlanResponse }, errors: { 400: 'plan/invalid' } },
  { method: 'post', path: '/api/sessions', summary: 'Create a live session from a plan', body: CreateSessionBody, auth: 'cookie', ok: { status: 201, body: SessionCreatedResponse } },
  { method: 'get', path: '/api/sessions', summary: "The facilitator's sessions", auth: 'cookie', ok: { status: 200, body: SessionsResponse } },
  { method: 'get', path: '/api/sessions/{id}', summary: 'One of your sessions', auth: 'cookie', ok: { status: 200, body: SessionSummarySchema }, errors: { 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/duplicate', summary: "A new session with this one's settings (plan, customization, language, age band, resources box, timer mode, group size, retention); a new code and no pairs", body: DuplicateSessionBody, auth: 'cookie', ok: { status: 201, body: SessionCreatedResponse }, errors: { 400: 'payload/invalid', 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/projector-link', summary: 'A fresh projector token (the old one stops working)', auth: 'cookie', ok: { status: 200, body: ProjectorLinkResponse } },
  { method: 'get', path: '/api/handouts/{pairId}', summary: "A pair's handout as JSON (Authorization: Bearer <pair token>, or the session's facilitator cookie); ?lang= a shipped language (default: the pair's, then the session's)", ok: { status: 200, body: HandoutModelSchema }, errors: { 400: 'payload/invalid', 401: 'handout/unauthorized', 404: 'handout/not-found' } },
  { method: 'post', path: '/api/handouts/{pairId}/share', summary: "The pair shares its handout with the facilitator, or withdraws that (Authorization: Bearer <pair token> only); answers with the pair's handout", body: HandoutShareBody, ok: { status: 200, body: HandoutModelSchema }, errors: { 401: 'handout/unauthorized', 403: 'auth/forbidden, auth/pair-removed' } },
  { method: 'get', path: '/api/handouts/{pairId}/pdf', summary: "A pair's handout as PDF (same access and ?lang= as the JSON)", ok: { status: 200, body: 'application/pdf' }, errors: { 400: 'payload/invalid', 401: 'handout/unauthorized', 404: 'handout/not-found', 429: 'handout/busy' } },
  { method: 'get', path: '/api/sessions/{id}/handouts.pdf', summary: "Every pair's handout in one PDF, each from a new page, each in its pair's language", auth: 'cookie', ok: { status: 200, body: 'application/pdf' }, errors: { 404: 'session/not-found', 429: 'handout/busy' } },
  { method: 'get', path: '/api/sessions/{id}/report.json', summary: 'Session report: attendance, planned vs actual time per segment, anonymous poll results (k rule)', auth: 'cookie', ok: { status: 200, body: SessionReportSchema }, errors: { 404: 'session/not-found' } },
  { method: 'get', path: '/api/sessions/{id}/report.csv', summary: 'Session report as CSV; ?part=attendance|timing|polls|fidelity for one table; ?lang= a shipped language (default the session\'s); ?tz= an IANA time zone for its times (default UTC)', auth: 'cookie', ok: { status: 200, body: 'text/csv' }, errors: { 400: 'payload/invalid', 404: 'session/not-found' } },
  { method: 'delete', path: '/api/sessions/{id}', summary: 'Delete an ended session with everything in it (its owner only)', auth: 'cookie', ok: { status: 204, body: null }, errors: { 403: 'session/owner-only', 404: 'session/not-found', 409: 'session/still-open' } },
  { method: 'get', path: '/api/sessions/{id}/team', summary: 'Who facilitates the session: its owner and co-facilitators', auth: 'cookie', ok: { status: 200, body: TeamResponse }, errors: { 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/invites', summary: 'A one-time invite for a colleague to co-facilitate (owner only; valid 7 days)', auth: 'cookie', ok: { status: 201, body: InviteCreatedResponse }, errors: { 403: 'session/owner-only', 404: 'session/not-found' } },
  { method: 'delete', path: '/api/sessions/{id}/team/{facilitatorId}', summary: 'Stop a co-facilitator facilitating (owner only); their consoles disconnect at once', auth: 'cookie', ok: { status: 204, body: null }, errors: { 403: 'session/owner-only', 404: 'session/not-found' } },
  { method: 'post', path: '/api/invites/preview', summary: 'What an invite is for, before accepting it', body: InviteTokenBody, ok: { status: 200, body: InvitePreviewResponse }, errors: { 404: 'invite/invalid', 410: 'invite/used, invite/expired' } },
  { method: 'post', path: '/api/invites/accept', summary: 'Accept an invite as the signed-in facilitator', body: InviteTokenBody, auth: 'cookie', ok: { status: 200, body: InviteAcceptedResponse }, errors: { 404: 'invite/invalid', 409: 'invite/own-session', 410: 'invite/used, invite/expired' } },
  { method: 'get', path: '/api/sessions/{id}/fidelity', summary: 'The fidelity record: per segment planned and actual minutes, skipped, pairs present; the facilitators’ notes per topic', auth: 'cookie', ok: { status: 200, body: FidelitySchema }, errors: { 404: 'session/not-found' } },
  { method: 'get', path: '/api/auth/recovery', summary: 'Whether "Forgot your password?" can email a link (SMTP_URL is set)', ok: { status: 200, body: RecoveryInfoResponse } },
  { method: 'post', path: '/api/auth/forgot', summary: 'Email a single-use reset link (1 hour) to every account with this email; the same answer whether or not there is one', body: ForgotPasswordBody, ok: { status: 202, body: ForgotPasswordResponse }, errors: { 404: 'auth/recovery-unavailable', 429: 'request/rate-limited' } },
  { method: 'post', path: '/api/auth/reset', summary: 'Set a new password with a reset link; signs in and ends every other sign-in of the account', body: ResetPasswordBody, ok: { status: 200, body: FacilitatorResponse }, errors: { 400: 'payload/invalid', 404: 'auth/reset-invalid', 410: 'auth/reset-used, auth/reset-expired' } },
  { method: 'get', path: '/api/join/{code}', summary: 'Check a join code', ok: { status: 200, body: JoinInfoResponse }, errors: { 404: 'join/code-unknown', 429: 'join/rate-limited' } },
  { method: 'post', path: '/api/join', summary: 'Join a session as a pair; returns the pair token the device keeps', body: JoinBody, ok: { status: 201, body: JoinResultResponse }, errors: { 404: 'join/code-unknown', 403: 'join/room-locked, join/session-full or join/pair-removed', 429: 'join/rate-limited' } },
  {
    method: 'post',
    path: '/api/pair-devices/code',
    summary: "A one-time code for a pair's new phone (Authorization: Bearer <the device's credential>): a second phone from the shared device, or the other member's replacement from a member's phone",
    body: DeviceCodeBody,
    ok: { status: 201, body: DeviceCodeResponse },
    errors: { 400: 'devices/own-role', 401: 'auth/pair-split', 410: 'session/ended' },
  },
  { method: 'post', path: '/api/pair-devices/redeem', summary: "A new phone turns a code into its own member's credential", body: RedeemBody, ok: { status: 200, body: RedeemResponse }, errors: { 404: 'devices/code-unknown', 429: 'join/rate-limited' } },
  {
    method: 'post',
    path: '/api/pair-devices/merge',
    summary: "A member asks to go back to one phone (Authorization: Bearer <the member's credential>); the second to ask gets the shared credential",
    ok: { status: 200, body: MergeResponse },
    errors: { 401: 'auth/device-replaced', 400: 'devices/not-split' },
  },
  // Lives here, not in series.ts: it answers with this file's SessionCreatedResponse.
  { method: 'post', path: '/api/sessions/{id}/series/next', summary: 'Create the next evening of the series (starting the series if needed); answers with the new session', auth: 'cookie', body: NextEveningBody, ok: { status: 201, body: SessionCreatedResponse }, errors: { 400: 'series/no-next-plan', 404: 'session/not-found' } },
  ...SERIES_ROUTES,
] as const satisfies readonly HttpRoute[];

/** The route a request goes to (`/api/sessions/abc` → `/api/sessions/{id}`), if the contract has it. */
export function routeFor(method: string, url: string): HttpRoute | undefined {
  const path = url.split('?')[0] ?? '';
  return (HTTP_ROUTES as readonly HttpRoute[]).find((route) => {
    if (route.method !== method.toLowerCase()) return false;
    const pattern = new RegExp(`^${route.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
}

// Types the web (and the API's controllers) derive from the schemas.
export type Facilitator = z.output<typeof FacilitatorSchema>;
export type PlanSegmentSummary = z.output<typeof PlanSegmentSummarySchema>;
export type PlanSectionSummary = z.output<typeof PlanSectionSummarySchema>;
export type PlanSummary = z.output<typeof PlanSummarySchema>;
export type PlanCustomization = z.output<typeof CustomizationSchema>;
export type PreviewResult = z.output<typeof PreviewResponse>;
export type PlanFile = z.output<typeof PlanFileResponse>;
export type ImportedPlan = z.output<typeof ImportPlanResponse>;
export type PlanRefused = z.output<typeof PlanRefusedResponse>;
export type SessionSummary = z.output<typeof SessionSummarySchema>;
export type SessionStatus = SessionSummary['status'];
export type SessionCreatedResult = z.output<typeof SessionCreatedResponse>;
export type CreateSessionRequest = z.input<typeof CreateSessionBody>;
export type DuplicateSessionRequest = z.input<typeof DuplicateSessionBody>;
export type JoinInput = z.input<typeof JoinBody>;
export type JoinInfo = z.output<typeof JoinInfoResponse>;
export type JoinResult = z.output<typeof JoinResultResponse>;
export type DeviceCodeResult = z.output<typeof DeviceCodeResponse>;
export type RedeemedDevice = z.output<typeof RedeemResponse>;
export type MergeResult = z.output<typeof MergeResponse>;
export type SignUpInput = z.input<typeof SignUpBody>;
export type SignInInput = z.input<typeof SignInBody>;
