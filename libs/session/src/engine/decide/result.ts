import type { MemberRole } from '@kindred/content';
import type { SessionEvent } from '../events';
import type { VoterIdentity } from '../voters';
import { rejection, type ErrorCode, type Rejection } from '../../protocol/errors';

export type DecideResult = { ok: true; events: SessionEvent[] } | ({ ok: false } & Rejection);
export type Rejected = { ok: false } & Rejection;

export interface DecideContext {
  /**
   * Turns a voter identity into its anonymous key (the transport's HMAC with the
   * session secret). Required for `vote.cast`; the engine never sees the secret.
   */
  voterKeyFor?: (voter: VoterIdentity) => string;
}

export function accept(...events: SessionEvent[]): DecideResult {
  return { ok: true, events };
}

export function reject(code: ErrorCode, message?: string): Rejected {
  return { ok: false, ...rejection(code, message) };
}

/** The role a pair actor acts as: its own member, or the explicit role from a shared device. */
export function actingRole(actorMember: MemberRole | null, requested: MemberRole | undefined): MemberRole | Rejected {
  if (actorMember === null) return requested ?? reject('payload/invalid', 'Say whether the mother or the son is answering (role).');
  if (requested !== undefined && requested !== actorMember) return reject('auth/forbidden', 'A member can only answer for themselves.');
  return actorMember;
}

export function isRejected<T extends object | string>(value: T | Rejected): value is Rejected {
  return typeof value === 'object' && 'ok' in value && value.ok === false;
}
