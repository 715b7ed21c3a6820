import type { AgendaSegment, MemberRole, PollSegment } from '@kindred/content';
import type { MemberNames, PollStatus, PrivateAnswerValue } from '../protocol/values';
import type { PollResults, SegmentTimingView } from '../protocol/views';
import type { SessionState } from './state';
import { agendaIndex } from './agenda-index';
import { lookup } from './records';
import { getPair, pairsInJoinOrder, pollStatus } from './queries';
import { ballotCount, publicPollResults } from './views/poll-results';
import { segmentTimings } from './views/facilitator-view';

/*
 * Read models for the handout and the session report, derived from the same state
 * (rebuilt from the log and the ballots) and under the same privacy rules.
 */

export interface PairAnswerRecord {
  segmentId: string;
  revealed: boolean;
  /** Null unless revealed: a handout is read by both members, and an unrevealed answer was never shared. */
  mother: PrivateAnswerValue | null;
  son: PrivateAnswerValue | null;
}

export interface PairRecord {
  pairId: string;
  name: string;
  members: MemberNames;
  joinedAt: number;
  removedAt: number | null;
  answers: PairAnswerRecord[];
  commitments: { segmentId: string; text: string; savedAt: number }[];
}

/** One pair's own answers (revealed ones) and commitments, in agenda order: the handout's private part. */
export function pairRecord(state: SessionState, pairId: string): PairRecord | null {
  const pair = getPair(state, pairId);
  if (!pair) return null;
  const index = agendaIndex(state.agenda);
  return {
    pairId,
    name: pair.name,
    members: pair.members,
    joinedAt: pair.joinedAt,
    removedAt: pair.removedAt,
    answers: index.privateReveals.flatMap((segment) => {
      const answers = lookup(pair.answers, segment.id);
      if (!answers) return [];
      const revealed = answers.revealedAt !== null;
      return [{ segmentId: segment.id, revealed, mother: revealed ? (answers.mother?.value ?? null) : null, son: revealed ? (answers.son?.value ?? null) : null }];
    }),
    commitments: index.commitments.flatMap((segment) => {
      const saved = lookup(pair.commitments, segment.id);
      return saved ? [{ segmentId: segment.id, text: saved.text, savedAt: saved.savedAt }] : [];
    }),
  };
}

export interface PollReport {
  pollId: string;
  question: string;
  status: PollStatus;
  ballotCount: number;
  /** Null for polls never closed; otherwise subject to k, hidden answers left out. */
  results: PollResults | null;
}

/**
 * Every poll's anonymous results. `revealedOnly` (for handouts) keeps to what the room
 * was shown; the facilitator's report also includes closed, unrevealed polls.
 */
export function pollReports(state: SessionState, options: { revealedOnly: boolean }): PollReport[] {
  return agendaIndex(state.agenda).polls.map((poll: PollSegment) => {
    const status = pollStatus(state, poll.id);
    const shown = status === 'revealed' || (!options.revealedOnly && status === 'closed');
    return { pollId: poll.id, question: poll.question, status, ballotCount: ballotCount(state, poll.id), results: shown ? publicPollResults(state, poll) : null };
  });
}

export interface SegmentTimingReport extends SegmentTimingView {
  title: string;
  kind: AgendaSegment['kind'];
  sectionId: string;
}

/** Planned against actual time per segment (actual = sum of closed visits). */
export function segmentTimingReport(state: SessionState): SegmentTimingReport[] {
  const entries = agendaIndex(state.agenda).entries;
  return segmentTimings(state).map((timing, i) => {
    const entry = entries[i];
    return { ...timing, title: entry?.segment.title ?? '', kind: entry?.segment.kind ?? 'intro', sectionId: entry?.section.id ?? '' };
  });
}

export interface AttendanceRecord {
  pairId: string;
  name: string;
  members: MemberNames;
  joinedAt: number;
  removedAt: number | null;
  answeredPrivateSteps: number;
  revealedPrivateSteps: number;
  commitments: number;
}

export interface AttendanceReport {
  startedAt: number | null;
  endedAt: number | null;
  pairs: AttendanceRecord[];
  /** Members who gave a name; anonymous members are counted but not named. */
  namedMembers: Record<MemberRole, number>;
}

export function attendanceReport(state: SessionState): AttendanceReport {
  const pairs = pairsInJoinOrder(state).map((pair) => {
    const answers = Object.values(pair.answers);
    return {
      pairId: pair.pairId,
      name: pair.name,
      members: pair.members,
      joinedAt: pair.joinedAt,
      removedAt: pair.removedAt,
      answeredPrivateSteps: answers.filter((a) => a.mother !== null || a.son !== null).length,
      revealedPrivateSteps: answers.filter((a) => a.revealedAt !== null).length,
      commitments: Object.keys(pair.commitments).length,
    };
  });
  return {
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    pairs,
    namedMembers: {
      mother: pairs.filter((pair) => pair.members.mother !== null).length,
      son: pairs.filter((pair) => pair.members.son !== null).length,
    },
  };
}
