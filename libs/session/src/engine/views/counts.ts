import type { Agenda } from '@kindred/content';
import type { PrivateProgress, PrivateStepCountsView } from '../../protocol/views';
import type { PairState, SessionState } from '../state';
import { agendaIndex } from '../agenda-index';
import { lookup } from '../records';
import { mapValues, type ShardedMap } from '../sharded-map';
import { memoizeWith } from '../memo';

/*
 * Progress and counts at 1,000-pair scale. A pair's progress is derived once per
 * change of that pair; the room's counts once per change of the pairs map. A vote
 * or a timer tick changes neither, so it reuses both. (A pair object belongs to one
 * session, so its agenda never varies: the agenda is an argument, not a cache key.)
 */

export interface PairProgress {
  /** Aligned with the agenda's private-reveal segments. */
  privateProgress: PrivateProgress[];
  /** The same steps as flags, for counting. */
  privateFlags: { mother: boolean; son: boolean; revealed: boolean }[];
  /** Aligned with the agenda's commitment segments. */
  commitments: boolean[];
}

export const pairProgress = memoizeWith(
  () => '',
  (pair: PairState, agenda: Agenda): PairProgress => {
    const index = agendaIndex(agenda);
    const privateFlags = index.privateReveals.map((segment) => {
      const answers = lookup(pair.answers, segment.id);
      return { mother: answers?.mother != null, son: answers?.son != null, revealed: answers?.revealedAt != null };
    });
    return {
      privateProgress: privateFlags.map(({ mother, son, revealed }): PrivateProgress => {
        if (revealed) return 'revealed';
        if (mother && son) return 'both';
        return mother ? 'mother' : son ? 'son' : 'none';
      }),
      privateFlags,
      commitments: index.commitments.map((segment) => Object.hasOwn(pair.commitments, segment.id)),
    };
  },
);

interface RoomCounts {
  activePairs: readonly PairState[];
  /** Aligned with the agenda's private-reveal segments; `ended` is added from the state. */
  privateSteps: Omit<PrivateStepCountsView, 'ended'>[];
  /** Aligned with the agenda's commitment segments. */
  savedCommitments: number[];
}

const roomCounts = memoizeWith(
  () => '',
  (pairs: ShardedMap<PairState>, agenda: Agenda): RoomCounts => {
    const index = agendaIndex(agenda);
    const activePairs = mapValues(pairs).filter((pair) => pair.removedAt === null);
    const privateSteps = index.privateReveals.map((segment) => ({
      segmentId: segment.id,
      answeredMembers: { mother: 0, son: 0 },
      answeredPairs: 0,
      bothAnsweredPairs: 0,
      revealedPairs: 0,
    }));
    const savedCommitments = index.commitments.map(() => 0);
    // Plain loops: this runs over every pair after each answer.
    for (const pair of activePairs) {
      const { privateFlags, commitments } = pairProgress(pair, agenda);
      for (let i = 0; i < privateFlags.length; i += 1) {
        const flags = privateFlags[i];
        const counts = privateSteps[i];
        if (!flags || !counts || !(flags.mother || flags.son)) continue;
        if (flags.mother) counts.answeredMembers.mother += 1;
        if (flags.son) counts.answeredMembers.son += 1;
        counts.answeredPairs += 1;
        if (flags.mother && flags.son) counts.bothAnsweredPairs += 1;
        if (flags.revealed) counts.revealedPairs += 1;
      }
      for (let i = 0; i < commitments.length; i += 1) if (commitments[i]) savedCommitments[i] = (savedCommitments[i] ?? 0) + 1;
    }
    return { activePairs, privateSteps, savedCommitments };
  },
);

/** Pairs still in the room (in no particular order: only counted). */
export function activePairs(state: SessionState): readonly PairState[] {
  return roomCounts(state.pairs, state.agenda).activePairs;
}

export function allPrivateStepCounts(state: SessionState): PrivateStepCountsView[] {
  return roomCounts(state.pairs, state.agenda).privateSteps.map((counts) => ({ ...counts, ended: Object.hasOwn(state.endedPrivateSteps, counts.segmentId) }));
}

export function privateStepCounts(state: SessionState, segmentId: string): PrivateStepCountsView {
  const counts = roomCounts(state.pairs, state.agenda).privateSteps.find((step) => step.segmentId === segmentId);
  const ended = Object.hasOwn(state.endedPrivateSteps, segmentId);
  return counts ? { ...counts, ended } : { segmentId, answeredMembers: { mother: 0, son: 0 }, answeredPairs: 0, bothAnsweredPairs: 0, revealedPairs: 0, ended };
}

export function allCommitmentCounts(state: SessionState): { segmentId: string; savedPairs: number }[] {
  const saved = roomCounts(state.pairs, state.agenda).savedCommitments;
  return agendaIndex(state.agenda).commitments.map((segment, i) => ({ segmentId: segment.id, savedPairs: saved[i] ?? 0 }));
}

export function savedCommitments(state: SessionState, segmentId: string): number {
  return allCommitmentCounts(state).find((entry) => entry.segmentId === segmentId)?.savedPairs ?? 0;
}
