/**
 * The HTTP API's JSON shapes, derived from the one contract both apps import
 * (libs/session/src/protocol/http.ts): nothing here is written by hand.
 */
export type {
  CreateSessionRequest as CreateSessionBody,
  Facilitator,
  JoinInfo,
  JoinInput as JoinBody,
  JoinResult,
  DeviceCodeResult as DeviceCode,
  MergeResult,
  RedeemedDevice,
  PlanCustomization,
  PlanSectionSummary,
  PlanSegmentSummary,
  PlanSummary,
  PreviewResult,
  SessionCreatedResult,
  SessionStatus,
  SessionSummary,
  SeriesResult,
  SeriesOverview,
  RejoinOffer,
  RejoinResult,
  EarlierCommitments,
  EarlierCommitment,
  CommitmentOutcome,
  SignInInput,
  SignUpInput,
} from '@kindred/session';
