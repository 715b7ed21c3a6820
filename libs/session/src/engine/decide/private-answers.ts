import type { PrivateAnswerSpec } from '@kindred/content';
import type { CommandOf } from '../../protocol/commands';
import type { PrivateAnswerValue } from '../../protocol/values';
import type { PairActor } from '../actors';
import type { SessionState } from '../state';
import { mayReveal } from '../queries';
import { lookup } from '../records';
import { otherRole } from './devices';
import { requireActivePair, requireRunning, requireSegment, wasVisited } from './guards';
import { accept, actingRole, isRejected, reject, type DecideResult } from './result';

export function decideAnswerSubmit(state: SessionState, command: CommandOf<'answer.submit'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const role = actingRole(actor.member, command.role);
  if (isRejected(role)) return role;
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const segment = requireSegment(state, command.segmentId, 'privateReveal');
  if (isRejected(segment)) return segment;
  if (state.currentSegmentId !== segment.id) return reject('session/segment-not-current');
  if (Object.hasOwn(state.endedPrivateSteps, segment.id)) return reject('session/step-ended');
  if (lookup(pair.answers, segment.id)?.revealedAt != null) return reject('session/answer-already-revealed');
  if (!fitsSpec(command.answer, segment.answer)) return reject('session/answer-invalid');
  return accept({ type: 'PrivateAnswerSubmitted', pairId: pair.pairId, segmentId: segment.id, role, answer: command.answer, at: now, credential: actor.credential ?? null });
}

export function decideAnswerReveal(state: SessionState, command: CommandOf<'answer.reveal'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const segment = requireSegment(state, command.segmentId, 'privateReveal');
  if (isRejected(segment)) return segment;
  if (!wasVisited(state, segment.id)) return reject('session/segment-not-visited');
  const answers = lookup(pair.answers, segment.id);
  if (answers?.revealedAt != null) return accept(); // both members may tap "reveal"
  if (!answers || (answers.mother === null && answers.son === null)) return reject('session/nothing-to-reveal');
  if (!mayReveal(state, segment.id, answers)) return reject('session/reveal-not-ready');
  const revealed = { type: 'PrivateAnswersRevealed' as const, pairId: pair.pairId, segmentId: segment.id, at: now };
  // On one shared phone, one tap reveals (they sit together). On two phones each member
  // confirms on their own, and the second confirmation reveals.
  if (pair.devices.mode === 'shared' || actor.member === null) return accept(revealed);
  if (answers.ready.includes(actor.member)) return accept();
  const confirmed = { type: 'RevealConfirmed' as const, pairId: pair.pairId, segmentId: segment.id, role: actor.member, at: now };
  return answers.ready.includes(otherRole(actor.member)) ? accept(confirmed, revealed) : accept(confirmed);
}

export function decideRevealEnd(state: SessionState, command: CommandOf<'reveal.end'>, now: number): DecideResult {
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const segment = requireSegment(state, command.segmentId, 'privateReveal');
  if (isRejected(segment)) return segment;
  if (!wasVisited(state, segment.id)) return reject('session/segment-not-visited');
  if (Object.hasOwn(state.endedPrivateSteps, segment.id)) return accept();
  return accept({ type: 'PrivateStepEnded', segmentId: segment.id, at: now });
}

function fitsSpec(answer: PrivateAnswerValue, spec: PrivateAnswerSpec): boolean {
  switch (answer.type) {
    case 'text':
      return spec.type === 'text' && answer.text.length <= spec.maxLength;
    case 'choice':
      return spec.type === 'choice' && spec.options.some((option) => option.id === answer.optionId);
    default: {
      const _exhaustive: never = answer;
      return _exhaustive;
    }
  }
}
