import type { AgeBand, SegmentKind } from '@kindred/content';

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
  sections: PlanSectionSummary[];
}

export interface PlanCustomization {
  /** Section ids in the new order. */
  order: string[];
  disabledSegments: string[];
  /** Segment id → planned seconds, for changed durations only. */
  durations: Record<string, number>;
}

/** `archived`: ended, and its ballot secret destroyed (the API archives a session the moment it ends). */
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
