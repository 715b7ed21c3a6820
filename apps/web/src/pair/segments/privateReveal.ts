import type { MemberRole } from '@kindred/content';
import type { PairPrivateAnswerView, PrivateStepState } from '@kindred/session';

/**
 * Where a pair is in a private answer step:
 * `answer`: someone still has to answer; `waiting`: this member answered, the other
 * hasn't; `ready`: they can reveal (on a member's own phone: confirm "ready");
 * `confirmed`: this member confirmed, the other hasn't yet; `revealed`; `closed`.
 */
export type RevealStage = 'answer' | 'waiting' | 'ready' | 'confirmed' | 'revealed' | 'closed';

export function revealStage(answers: PrivateStepState, member: MemberRole | null): RevealStage {
  if (answers.revealed) return 'revealed';
  if (member === null) {
    const someoneMissing = !answers.mother.answered || !answers.son.answered;
    if (answers.canAnswer && someoneMissing) return 'answer';
    if (answers.canReveal) return 'ready';
    return answers.canAnswer ? 'answer' : 'closed';
  }
  if (answers.ready.includes(member)) return 'confirmed';
  if (answers.canReveal) return 'ready';
  if (answers[member].answered) return 'waiting';
  return answers.canAnswer ? 'answer' : 'closed';
}

/** Roles still to answer, in the order the flow asks them. */
export function rolesToAnswer(answers: PairPrivateAnswerView): MemberRole[] {
  return (['mother', 'son'] as const).filter((role) => !answers[role].answered);
}
