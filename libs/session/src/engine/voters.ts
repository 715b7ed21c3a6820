import type { MemberRole, PollSegment } from '@kindred/content';
import type { SessionState } from './state';
import { findSegment } from './agenda-index';
import { MEMBER_ROLES } from '../protocol/values';

/**
 * Who is voting, as the transport hashes it into a voter key:
 * `voterKey = HMAC(sessionSecret, voterKeyMaterial(identity))`. `role` is null for
 * polls with one ballot per pair.
 */
export interface VoterIdentity {
  pollId: string;
  pairId: string;
  role: MemberRole | null;
}

/** One voter key of a pair for a poll, as passed to the pair view. */
export interface PairVoterKey {
  pollId: string;
  role: MemberRole | null;
  voterKey: string;
}

/** The canonical string to HMAC; newline-separated so no two identities collide. */
export function voterKeyMaterial(identity: VoterIdentity): string {
  return `${identity.pollId}\n${identity.pairId}\n${identity.role ?? 'pair'}`;
}

export function votesPerMember(poll: PollSegment): boolean {
  return poll.voter === 'member' || poll.audience === 'byRole';
}

/**
 * The identities a pair's device votes as in the current poll: both members for a
 * shared device in a per-member poll, only its own member for a member's device.
 * The transport hashes these into the `voterKeys` of the pair view.
 */
export function pairVoterIdentities(state: SessionState, pairId: string, member: MemberRole | null): VoterIdentity[] {
  const segmentId = state.currentSegmentId;
  const entry = segmentId === null ? undefined : findSegment(state.agenda, segmentId);
  if (!entry || entry.segment.kind !== 'poll') return [];
  const pollId = entry.segment.id;
  if (!votesPerMember(entry.segment)) return [{ pollId, pairId, role: null }];
  const roles = member === null ? MEMBER_ROLES : [member];
  return roles.map((role) => ({ pollId, pairId, role }));
}

/**
 * The public id of an open-text answer: a prefix of its HMAC voter key, stable while
 * the voter edits their text (so a hidden answer stays hidden) and meaningless to
 * anyone without the session secret.
 */
export function answerIdFor(voterKey: string): string {
  return voterKey.slice(0, 16);
}
