import type { MemberRole } from '@kindred/content';

/** Display names of a pair's members; null means the member stays anonymous. */
export interface MemberNames {
  mother: string | null;
  son: string | null;
}

/** One member's private answer, shaped by the segment's `PrivateAnswerSpec`. */
export type PrivateAnswerValue = { type: 'text'; text: string } | { type: 'choice'; optionId: string };

/** A ballot's content, shaped by the poll's `PollSpec.type`. */
export type VoteChoice =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'scale'; value: number }
  | { type: 'openText'; text: string };

export type SessionPhase = 'lobby' | 'running' | 'ended';

export type PollStatus = 'draft' | 'open' | 'closed' | 'revealed';

export const MEMBER_ROLES: readonly MemberRole[] = ['mother', 'son'];
