import { createHash } from 'node:crypto';

/** A session's advisory-lock key: 64 bits of a hash of its id. */
export function lockKey(sessionId: string): string {
  return createHash('sha256').update(`kindred-session:${sessionId}`).digest().readBigInt64BE(0).toString();
}

/** The key as `pg_locks` shows an advisory lock on one bigint: high half in classid, low half in objid. */
export function lockKeyParts(sessionId: string): { classid: number; objid: number } {
  const unsigned = BigInt.asUintN(64, BigInt(lockKey(sessionId)));
  return { classid: Number(unsigned >> 32n), objid: Number(unsigned & 0xffffffffn) };
}
