import type { PollStatus } from '../protocol/values';
import type { Ballot, PairAnswers, PairState, SessionState } from './state';
import { lookup } from './records';
import { emptyShardedMap, getEntry, type ShardedMap } from './sharded-map';
import { memoizeWith } from './memo';

export function getPair(state: SessionState, pairId: string): PairState | undefined {
  return getEntry(state.pairs, pairId);
}

/** Every pair that ever joined, in join order (removed ones included). */
export function pairsInJoinOrder(state: SessionState): readonly PairState[] {
  return inJoinOrder(state.pairs, state.joinOrder);
}

// The pairs map and the join order change together (or the map alone), so the map
// is the cache key and the order the argument.
const inJoinOrder = memoizeWith(
  () => '',
  (pairs: ShardedMap<PairState>, joinOrder: readonly string[]): readonly PairState[] =>
    joinOrder.flatMap((pairId) => {
      const pair = getEntry(pairs, pairId);
      return pair ? [pair] : [];
    }),
);

export function pollBallots(state: SessionState, pollId: string): ShardedMap<Ballot> {
  return lookup(state.ballots, pollId) ?? emptyShardedMap();
}

export function pollStatus(state: SessionState, pollId: string): PollStatus {
  return lookup(state.polls, pollId)?.status ?? 'draft';
}

/**
 * Together once both answered; with what they have once the step is over (ended by
 * the facilitator, or left behind), so a pair with one answer is never stuck.
 */
export function mayReveal(state: SessionState, segmentId: string, answers: PairAnswers): boolean {
  if (answers.revealedAt !== null || (answers.mother === null && answers.son === null)) return false;
  if (answers.mother !== null && answers.son !== null) return true;
  return isStepOver(state, segmentId);
}

export function isStepOver(state: SessionState, segmentId: string): boolean {
  return Object.hasOwn(state.endedPrivateSteps, segmentId) || state.currentSegmentId !== segmentId;
}

/** The pair's language: the one it joined in or its devices last chose, else the session's (a split pair's phones may each show their own). */
export function pairLanguage(state: SessionState, pair: PairState): string {
  return pair.language ?? state.agenda.language;
}
