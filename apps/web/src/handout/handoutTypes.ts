import type { MemberRole } from '@kindred/content';
import type { MemberNames, SessionPhase } from '@kindred/session';

/*
 * The handout JSON of GET /api/handouts/:pairId. apps/api is the source of truth
 * (apps/api/src/handouts/handout-model.ts); the apps can't import each other, so the
 * shape is repeated here and kept in step by hand.
 */

export type PollGroupName = 'everyone' | MemberRole;

export type PollGroupSummary =
  | { group: PollGroupName; status: 'not-enough-answers'; needed: number }
  | {
      group: PollGroupName;
      status: 'shown';
      ballotCount: number;
      bars: { label: string; count: number }[];
      mean: number | null;
      answers: string[];
    };

export interface PollSummary {
  pollId: string;
  question: string;
  type: 'single' | 'multiple' | 'scale' | 'openText';
  audience: 'everyone' | 'byRole';
  groups: PollGroupSummary[];
}

export interface HandoutAnswer {
  segmentId: string;
  title: string;
  question: Record<MemberRole, string>;
  revealed: boolean;
  mother: string | null;
  son: string | null;
}

export interface HandoutTopic {
  sectionId: string;
  topicNumber: number | null;
  title: string;
  summary: string;
  keyIdeas: string[];
  answers: HandoutAnswer[];
  commitments: { segmentId: string; prompt: string; text: string }[];
  polls: PollSummary[];
  takeHome: string[];
}

export interface HandoutModel {
  pairId: string;
  sessionId: string;
  workshop: { title: string; planTitle: string; date: string; facilitatorName: string; language: string; phase: SessionPhase };
  pair: { name: string; members: MemberNames };
  topics: HandoutTopic[];
  closing: { title: string; intro: string; sections: { id: string; title: string; tips: string[] }[]; closing: string };
  retention: { days: number | null; deleteAt: string | null; deleted: boolean };
}
