import type { MemberRole } from '@kindred/content';
import type { MemberAnswerView, PairBallotView, PairPrivateAnswerView, PairView } from '../../protocol/views';
import type { PairAnswers, PairState, SessionState, SubmittedAnswer } from '../state';
import type { PairVoterKey } from '../voters';
import { agendaIndex } from '../agenda-index';
import { getPair, isStepOver, mayReveal, pollBallots } from '../queries';
import { getEntry } from '../sharded-map';
import { lookup } from '../records';

/**
 * What one pair's device sees. `member` null is the shared device: before the reveal
 * it shows only who answered, since both members look at the same screen. A member's
 * own device also shows that member's own unrevealed answer.
 */
export function pairView(state: SessionState, pairId: string, member: MemberRole | null, voterKeys: readonly PairVoterKey[] = []): PairView | null {
  const pair = getPair(state, pairId);
  if (!pair) return null;
  return {
    seq: state.seq,
    sessionId: state.sessionId,
    pairId,
    member,
    status: pair.removedAt === null ? 'active' : 'removed',
    name: pair.name,
    members: pair.members,
    privateAnswers: privateAnswers(state, pair, member),
    commitments: agendaIndex(state.agenda).commitments.flatMap((segment) => {
      const saved = lookup(pair.commitments, segment.id);
      return saved ? [{ segmentId: segment.id, text: saved.text, savedAt: saved.savedAt }] : [];
    }),
    ballot: ballotView(state, voterKeys),
    handoutShared: pair.handoutShared,
  };
}

function privateAnswers(state: SessionState, pair: PairState, member: MemberRole | null): PairPrivateAnswerView[] {
  const views: PairPrivateAnswerView[] = [];
  for (const segment of agendaIndex(state.agenda).privateReveals) {
    const answers = lookup(pair.answers, segment.id);
    const isCurrent = state.currentSegmentId === segment.id;
    if (!answers && !isCurrent) continue;
    const current: PairAnswers = answers ?? { mother: null, son: null, revealedAt: null };
    const revealed = current.revealedAt !== null;
    const running = state.phase === 'running' && pair.removedAt === null;
    views.push({
      segmentId: segment.id,
      mother: memberAnswer(current.mother, revealed || member === 'mother'),
      son: memberAnswer(current.son, revealed || member === 'son'),
      revealed,
      canAnswer: running && isCurrent && !revealed && !isStepOver(state, segment.id),
      canReveal: running && mayReveal(state, segment.id, current),
    });
  }
  return views;
}

function memberAnswer(answer: SubmittedAnswer | null, readable: boolean): MemberAnswerView {
  if (!answer) return { answered: false };
  return { answered: true, answer: readable ? answer.value : null };
}

/** The pair's own ballots in the current poll, found through the voter keys only the transport can compute. */
function ballotView(state: SessionState, voterKeys: readonly PairVoterKey[]): PairBallotView | null {
  const pollId = state.currentSegmentId;
  if (pollId === null) return null;
  const keys = voterKeys.filter((key) => key.pollId === pollId);
  if (keys.length === 0) return null;
  const ballots = pollBallots(state, pollId);
  return {
    pollId,
    voters: keys.map(({ role, voterKey }) => {
      const ballot = getEntry(ballots, voterKey);
      return { role, voted: ballot !== undefined, choice: ballot?.choice ?? null };
    }),
  };
}
