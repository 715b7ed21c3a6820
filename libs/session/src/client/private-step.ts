import type { MemberRole } from '@kindred/content';
import type { PairPrivateAnswerView, PairView, PublicView } from '../protocol/views';

/**
 * A pair's private answer step as its device shows it: the pair's own entry (what the
 * pair's view holds: who answered, what it may read, revealed, ready) and what the
 * device may do now, which follows from the room (public view: running, the current
 * step, ended) and the entry.
 *
 * Why the pair's view doesn't carry these flags: they change for every pair at once
 * when the room moves (a step opens or closes), and a pair's view that changes on every
 * step change costs a frame per phone on top of the public view (docs/decisions.md, 49).
 * The server decides with the same rules (`mayReveal`, `isStepOver` in the engine).
 */
export interface PrivateStepState extends PairPrivateAnswerView {
  /** Submitting (or changing) an answer is possible now. */
  canAnswer: boolean;
  /** This device may tap "reveal" (on a member's own device: confirm "ready to reveal"). */
  canReveal: boolean;
}

/** Where the room is, for one private step: from the public view. */
export interface PrivateStepRoom {
  /** The session is running and the pair is in it. */
  running: boolean;
  /** This step is the room's current step. */
  current: boolean;
  /** The facilitator ended this step (answers closed) while it was current. */
  ended: boolean;
}

/** The room, for one private step, as the public view and the pair's view say it. */
export function privateStepRoom(publicView: PublicView, pairView: Pick<PairView, 'status'> | null, segmentId: string): PrivateStepRoom {
  const current = publicView.position?.segmentId === segmentId;
  return {
    running: publicView.phase === 'running' && pairView?.status !== 'removed',
    current,
    ended: current && publicView.step.kind === 'privateReveal' && publicView.step.segmentId === segmentId && publicView.step.ended,
  };
}

/** A step nobody in the pair answered yet has no entry in the pair's view. */
export function noAnswersYet(segmentId: string): PairPrivateAnswerView {
  return { segmentId, mother: { answered: false }, son: { answered: false }, revealed: false, ready: [] };
}

/**
 * The pair's entry for the step (or none yet) with what this device may do now: answer
 * while the step is current, open and not revealed; reveal once both answered, or once
 * the step is over and one did, unless this member already confirmed.
 */
export function privateStepState(entry: PairPrivateAnswerView | null | undefined, segmentId: string, room: PrivateStepRoom, member: MemberRole | null): PrivateStepState {
  const answers = entry ?? noAnswersYet(segmentId);
  const over = room.ended || !room.current;
  const someone = answers.mother.answered || answers.son.answered;
  const both = answers.mother.answered && answers.son.answered;
  const mayReveal = !answers.revealed && someone && (both || over);
  return {
    ...answers,
    canAnswer: room.running && room.current && !room.ended && !answers.revealed,
    canReveal: room.running && mayReveal && !(member !== null && answers.ready.includes(member)),
  };
}
