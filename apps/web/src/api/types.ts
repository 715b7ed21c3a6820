import type { AgeBand, SegmentKind } from '@kindred/content';
import type { TimerStartMode } from '@kindred/session';

/** Shapes of the HTTP API's JSON bodies (apps/api is the source of truth). */

export interface Facilitator {
  id: string;
  email: string;
  displayName: string;
}

export interface PlanSegmentSummary {
  id: string;
  kind: SegmentKind;
  title: string;
  durationSec: number;
  enabled: boolean;
}

export interface PlanSectionSummary {
  id: string;
  kind: 'topic' | 'break';
  topicNumber: number | null;
  title: string;
  summary: string;
  segments: PlanSegmentSummary[];
}

export interface PlanSummary {
  id: string;
  title: string;
  description: string;
  targetMinutes: number;
  totalSec: number;
  seriesId: string | null;
  part: number | null;
  /** When step timers start by default in this plan's sessions. */
  timerStart: TimerStartMode;
  sections: PlanSectionSummary[];
}

export interface PlanCustomization {
  /** Section ids in the new order. */
  order: string[];
  disabledSegments: string[];
  /** Segment id → planned seconds, for changed durations only. */
  durations: Record<string, number>;
}

/** `archived`: ended, and the ballot secret destroyed (votes can no longer be tied to anyone). */
export type SessionStatus = 'lobby' | 'running' | 'ended' | 'archived';

export interface SessionSummary {
  id: string;
  code: string;
  title: string;
  status: SessionStatus;
  planId: string;
  language: string;
  ageBand: AgeBand;
  createdAt: string | number;
  endedAt: string | null;
  pairCount: number;
  projectorToken?: string;
}

export interface CreateSessionBody {
  title: string;
  planId: string;
  customization?: PlanCustomization;
  language: 'en';
  ageBand: AgeBand;
  scheduledFor?: string;
  timerStart?: TimerStartMode;
}

export interface JoinInfo {
  title: string;
  acceptingPairs: boolean;
}

export interface JoinBody {
  code: string;
  pairName: string;
  members: { mother?: string | null; son?: string | null };
}

export interface JoinResult {
  sessionId: string;
  pairId: string;
  pairToken: string;
}
