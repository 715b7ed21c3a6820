import type { HandoutText, MemberRole } from '@kindred/content';
import type { WordCount } from './views';
import type { MemberNames, SessionPhase } from './values';

/*
 * The JSON a pair's handout is made of (GET /api/handouts/:pairId). The web page and
 * the PDF both render this one model, so they can't disagree about what a pair sees.
 */

/** A group's anonymous poll results as bars with labels, or held back under k. */
export type PollGroupSummary =
  | { group: PollGroupName; status: 'not-enough-answers'; needed: number }
  | {
      group: PollGroupName;
      status: 'shown';
      ballotCount: number;
      /** One bar per option (single, multiple) or per scale step; empty for open text. */
      bars: { label: string; count: number }[];
      /** Scale polls only. */
      mean: number | null;
      /** Open-text polls only: the answers the room was shown, in an order that names no one. */
      answers: string[];
      /** Open-text polls only: the word cloud of those answers (answers using each word). */
      words: WordCount[];
    };

/** `together`: a split poll's combined result in a small room (see `PollResults`). */
export type PollGroupName = 'everyone' | MemberRole | 'together';

export interface PollSummary {
  pollId: string;
  question: string;
  type: 'single' | 'multiple' | 'scale' | 'openText';
  audience: 'everyone' | 'byRole';
  /** `everyone`, or `mother` then `son` for polls split by role. */
  groups: PollGroupSummary[];
}

export interface HandoutAnswer {
  segmentId: string;
  title: string;
  question: Record<MemberRole, string>;
  /** Texts are present only once the pair revealed them to each other. */
  revealed: boolean;
  /** The answer as text (a chosen option's label); null for no answer or not revealed. */
  mother: string | null;
  son: string | null;
}

export interface HandoutCommitment {
  segmentId: string;
  prompt: string;
  text: string;
}

export interface HandoutTopic {
  sectionId: string;
  topicNumber: number | null;
  title: string;
  summary: string;
  keyIdeas: string[];
  answers: HandoutAnswer[];
  commitments: HandoutCommitment[];
  polls: PollSummary[];
  takeHome: string[];
}

export interface RetentionNotice {
  /** Days after the session's end when private answers are deleted; null: kept. */
  days: number | null;
  /** When they will be (or were) deleted, ISO; null when kept or the session hasn't ended. */
  deleteAt: string | null;
  deleted: boolean;
}

export interface HandoutModel {
  pairId: string;
  sessionId: string;
  workshop: {
    title: string;
    planTitle: string;
    /** ISO date (YYYY-MM-DD): the scheduled day, else the day it started or was created. */
    date: string;
    facilitatorName: string;
    language: string;
    phase: SessionPhase;
  };
  pair: { name: string; members: MemberNames };
  /** Topics the session actually visited, in agenda order. */
  topics: HandoutTopic[];
  closing: HandoutText;
  retention: RetentionNotice;
  sharing: HandoutSharing;
  /** Part of a linked series: the pair's own copy only (never the facilitator's). */
  series?: HandoutSeries | null;
}

/**
 * The whole series on a pair's handout: every evening it came to so far, with the
 * topics and its own commitments (and how it said they went), and the rejoin code a
 * new phone types to come back as this pair.
 */
export interface HandoutSeries {
  title: string;
  /** This evening's part of the series. */
  part: number;
  rejoinCode: string;
  evenings: {
    sessionId: string;
    part: number;
    title: string;
    topics: string[];
    commitments: { segmentId: string; prompt: string; text: string; outcome: 'done' | 'partly' | 'not-yet' | null }[];
  }[];
}

/**
 * Whether the pair shared its handout with the facilitator (its own choice, on its own
 * device). The facilitator's copy carries the pair's answers and commitments only when
 * it did and the session has ended; otherwise just the shared parts.
 */
export interface HandoutSharing {
  sharedWithFacilitator: boolean;
  /** This copy is the facilitator's and leaves the pair's private text out. */
  privateTextWithheld: boolean;
}
