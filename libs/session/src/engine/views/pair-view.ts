import type { MemberRole } from '@kindred/content';
import type { MemberAnswerView, PairBallotView, PairPrivateAnswerView, PairView } from '../../protocol/views';
import type { PairState, SessionState, SubmittedAnswer } from '../state';
import type { PairVoterKey } from '../voters';
import { agendaIndex, findSegment } from '../agenda-index';
import { getPair, pairLanguage, pollBallots } from '../queries';
import { getEntry } from '../sharded-map';
import { lookup } from '../records';
import { memberCredential } from '../decide/devices';

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
    ballot: ballotView(state, pair, member, voterKeys),
    devices: pair.devices.mode,
    mergeAsked: pair.devices.mode === 'split' ? [...pair.devices.mergeAsked] : [],
    handoutShared: pair.handoutShared,
    words: pair.words ?? null,
    language: pairLanguage(state, pair),
  };
}

/**
 * The private steps this pair answered, and what it may read of them. A step nobody in
 * the pair answered has no entry, and nothing here depends on where the room is (the
 * current step, whether it ended): what the device may do now follows from the public
 * view (`privateStepState`), so a step change leaves every pair's view as it was.
 */
function privateAnswers(state: SessionState, pair: PairState, member: MemberRole | null): PairPrivateAnswerView[] {
  const views: PairPrivateAnswerView[] = [];
  for (const segment of agendaIndex(state.agenda).privateReveals) {
    const answers = lookup(pair.answers, segment.id);
    if (!answers) continue;
    const revealed = answers.revealedAt !== null;
    views.push({
      segmentId: segment.id,
      mother: memberAnswer(answers.mother, revealed || ownAnswer(pair, member, 'mother', answers.mother)),
      son: memberAnswer(answers.son, revealed || ownAnswer(pair, member, 'son', answers.son)),
      revealed,
      ready: [...answers.ready],
    });
  }
  return views;
}

/**
 * A member's phone reads its member's unrevealed answer only if that phone wrote it: not
 * one typed on the shared phone before the split, nor one a lost phone wrote.
 */
function ownAnswer(pair: PairState, member: MemberRole | null, role: MemberRole, answer: SubmittedAnswer | null): boolean {
  if (member !== role || !answer) return false;
  const credential = memberCredential(pair.devices, role);
  return credential !== null && answer.credential === credential;
}

function memberAnswer(answer: SubmittedAnswer | null, readable: boolean): MemberAnswerView {
  if (!answer) return { answered: false };
  return { answered: true, answer: readable ? answer.value : null };
}

/**
 * The device's own ballots in the current poll (null until the pair voted), found through the voter keys only the
 * transport can compute (a member's device gets only its own member's key). A shared
 * view never shows a member's choice while the pair is split, nor in a poll that ran
 * while it was.
 */
function ballotView(state: SessionState, pair: PairState, member: MemberRole | null, voterKeys: readonly PairVoterKey[]): PairBallotView | null {
  const pollId = state.currentSegmentId;
  if (pollId === null) return null;
  const keys = voterKeys.filter((key) => key.pollId === pollId);
  if (keys.length === 0) return null;
  const ballots = pollBallots(state, pollId);
  // Before the pair's first vote there is nothing to show ("not voted" is what a device
  // assumes), so opening a poll step leaves every pair's view as it was.
  if (!keys.some(({ voterKey }) => getEntry(ballots, voterKey) !== undefined)) return null;
  return {
    pollId,
    voters: keys.map(({ role, voterKey }) => {
      const ballot = getEntry(ballots, voterKey);
      const hidden =
        role !== null &&
        (member === null ? pair.devices.mode === 'split' || pair.sealedBallots.shared.includes(pollId) : role !== member || pair.sealedBallots[member].includes(pollId));
      return { role, voted: ballot !== undefined, choice: hidden ? null : (ballot?.choice ?? null) };
    }),
  };
}

/**
 * False only when every pair's and member's view of `after` is the view of `before` but
 * for its seq (with the voter keys each state gives): nothing a pair's view reads
 * changed. A pair's view reads its own pair's state, the agenda and, for a poll that is
 * the current step, that poll's ballots; not the room's step otherwise, its timer or its
 * phase. So a step change between non-poll steps, a timer change or a lock needs no
 * pair's view rendered. True means "render them and compare" (properties.spec.ts checks
 * the false answers against the views on random command sequences).
 */
export function pairViewsMayDiffer(before: SessionState, after: SessionState): boolean {
  if (before.pairs !== after.pairs || before.agenda !== after.agenda || before.sessionId !== after.sessionId) return true;
  const pollBefore = currentPoll(before);
  const pollAfter = currentPoll(after);
  if (pollBefore === null && pollAfter === null) return false;
  return pollBefore !== pollAfter || pollBallots(before, pollBefore!) !== pollBallots(after, pollAfter!);
}

function currentPoll(state: SessionState): string | null {
  const segmentId = state.currentSegmentId;
  return segmentId !== null && findSegment(state.agenda, segmentId)?.segment.kind === 'poll' ? segmentId : null;
}

