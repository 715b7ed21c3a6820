import type { PollSegment, PollSpec } from '@kindred/content';
import type { CommandOf } from '../../protocol/commands';
import type { VoteChoice } from '../../protocol/values';
import type { PairActor } from '../actors';
import type { SessionState } from '../state';
import { pollBallots, pollStatus } from '../queries';
import { mapKeys } from '../sharded-map';
import { lookup } from '../records';
import { answerIdFor, votesPerMember } from '../voters';
import { requireActivePair, requireRunning, requireSegment } from './guards';
import { accept, actingRole, isRejected, reject, type DecideContext, type DecideResult } from './result';

type PollCommand = CommandOf<'poll.open' | 'poll.close' | 'poll.reveal' | 'poll.hideAnswer'>;

export function decidePollControl(state: SessionState, command: PollCommand, now: number): DecideResult {
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const poll = requireSegment(state, command.pollId, 'poll');
  if (isRejected(poll)) return poll;
  const pollId = poll.id;
  const status = pollStatus(state, pollId);
  switch (command.type) {
    case 'poll.open':
      if (state.currentSegmentId !== pollId) return reject('session/segment-not-current');
      if (status === 'open') return accept();
      // Reopening after results were visible would let anyone diff before and after.
      if (status === 'closed') return reject('session/poll-cannot-reopen');
      if (status === 'revealed') return reject('session/poll-already-revealed');
      return accept({ type: 'PollOpened', pollId, at: now });
    case 'poll.close':
      if (status === 'draft') return reject('session/poll-never-opened');
      if (status !== 'open') return accept();
      return accept({ type: 'PollClosed', pollId, at: now });
    case 'poll.reveal':
      if (status === 'draft') return reject('session/poll-never-opened');
      if (status === 'revealed') return accept();
      return status === 'open'
        ? accept({ type: 'PollClosed', pollId, at: now }, { type: 'PollRevealed', pollId, at: now })
        : accept({ type: 'PollRevealed', pollId, at: now });
    case 'poll.hideAnswer':
      return hideAnswer(state, poll, command.answerId, now);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

function hideAnswer(state: SessionState, poll: PollSegment, answerId: string, now: number): DecideResult {
  if (poll.poll.type !== 'openText') return reject('session/wrong-segment-kind', 'Only open-text answers can be hidden.');
  if (lookup(state.polls, poll.id)?.hiddenAnswerIds.includes(answerId)) return accept();
  const exists = mapKeys(pollBallots(state, poll.id)).some((voterKey) => answerIdFor(voterKey) === answerId);
  if (!exists) return reject('session/poll-unknown-answer');
  return accept({ type: 'PollAnswerHidden', pollId: poll.id, answerId, at: now });
}

export function decideVote(state: SessionState, command: CommandOf<'vote.cast'>, actor: PairActor, ctx: DecideContext): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const poll = requireSegment(state, command.pollId, 'poll');
  if (isRejected(poll)) return poll;
  if (pollStatus(state, poll.id) !== 'open') return reject('session/poll-closed');
  if (!fitsPoll(command.choice, poll.poll)) return reject('session/poll-invalid-choice');
  const role = votesPerMember(poll) ? actingRole(actor.member, command.role) : null;
  if (role !== null && isRejected(role)) return role;
  if (!ctx.voterKeyFor) return reject('session/voter-key-missing');
  const voterKey = ctx.voterKeyFor({ pollId: poll.id, pairId: pair.pairId, role });
  // The role is stored only where results are split by it: data we don't keep can't leak.
  const storedRole = poll.audience === 'byRole' ? role : null;
  return accept({ type: 'BallotCast', pollId: poll.id, voterKey, role: storedRole, choice: command.choice });
}

function fitsPoll(choice: VoteChoice, spec: PollSpec): boolean {
  switch (choice.type) {
    case 'single':
      return spec.type === 'single' && spec.options.some((option) => option.id === choice.optionId);
    case 'multiple':
      return (
        spec.type === 'multiple' &&
        choice.optionIds.length <= spec.maxChoices &&
        new Set(choice.optionIds).size === choice.optionIds.length &&
        choice.optionIds.every((optionId) => spec.options.some((option) => option.id === optionId))
      );
    case 'scale':
      return spec.type === 'scale' && choice.value >= spec.min && choice.value <= spec.max;
    case 'openText':
      return spec.type === 'openText' && choice.text.length <= spec.maxLength;
    default: {
      const _exhaustive: never = choice;
      return _exhaustive;
    }
  }
}

