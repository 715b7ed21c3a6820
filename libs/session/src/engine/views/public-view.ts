import type { PublicStepView, PublicView } from '../../protocol/views';
import type { SessionState } from '../state';
import { findSegment, positionOf } from '../agenda-index';
import { activePairs, privateStepCounts, savedCommitments } from './counts';
import { ballotCount, publicPollResults } from './poll-results';
import { pollStatus } from '../queries';

export function isJoinOpen(state: SessionState): boolean {
  return state.phase !== 'ended' && !state.locked;
}

/** For the projector and every pair alike: counts only, no names, nothing private. */
export function publicView(state: SessionState): PublicView {
  return {
    seq: state.seq,
    sessionId: state.sessionId,
    phase: state.phase,
    code: state.code,
    locked: state.locked,
    joinOpen: isJoinOpen(state),
    pairCount: activePairs(state).length,
    position: state.currentSegmentId === null ? null : positionOf(state.agenda, state.currentSegmentId),
    timer: state.timer,
    step: currentStep(state),
    projectorLanguages: [...(state.projectorLanguages ?? [state.agenda.language])],
  };
}

export function currentStep(state: SessionState): PublicStepView {
  const entry = state.currentSegmentId === null ? undefined : findSegment(state.agenda, state.currentSegmentId);
  if (!entry) return { kind: 'none' };
  const segment = entry.segment;
  switch (segment.kind) {
    case 'privateReveal': {
      const { answeredPairs, bothAnsweredPairs, revealedPairs, ended } = privateStepCounts(state, segment.id);
      return { kind: 'privateReveal', segmentId: segment.id, answeredPairs, bothAnsweredPairs, revealedPairs, ended };
    }
    case 'poll': {
      const status = pollStatus(state, segment.id);
      return {
        kind: 'poll',
        pollId: segment.id,
        status,
        ballotCount: ballotCount(state, segment.id),
        results: status === 'revealed' ? publicPollResults(state, segment) : null,
      };
    }
    case 'commitment':
      return { kind: 'commitment', segmentId: segment.id, savedPairs: savedCommitments(state, segment.id) };
    case 'intro':
    case 'pairTalk':
    case 'break':
      return { kind: 'none' };
    default: {
      const _exhaustive: never = segment;
      return _exhaustive;
    }
  }
}
