import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { returnedRows } from '../database/returned-rows';
import { hashPassword } from './passwords';

/**
 * Setting an account's password, shared by the reset link (AuthService) and the
 * `kindred reset-password` command (which has no Nest around it): the new hash, and
 * every sign-in of the account ends except the one that made the change (if any).
 * Returns the ended sign-ins' token hashes so a running server can close their sockets;
 * a server that did not make the change finds out on the socket's next credential check.
 */
export async function setPassword(db: DataSource, facilitatorId: string, password: string, keepTokenHash: Buffer | null = null): Promise<Buffer[]> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const updated = returnedRows(await tx.query(`UPDATE facilitators SET password_hash = $2 WHERE id = $1 RETURNING 1`, [facilitatorId, hash]));
    if (updated.length === 0) throw new Error('no such account');
    const ended: unknown = await tx.query(
      `DELETE FROM auth_sessions WHERE facilitator_id = $1 AND ($2::bytea IS NULL OR token_hash <> $2) RETURNING token_hash`,
      [facilitatorId, keepTokenHash],
    );
    // Reset links still waiting would let someone in again: they go too.
    await tx.query(`UPDATE password_resets SET used_at = now() WHERE facilitator_id = $1 AND used_at IS NULL`, [facilitatorId]);
    return returnedRows<{ token_hash: Buffer }>(ended).map((row) => row.token_hash);
  });
}

// Unambiguous lowercase words-of-letters: easy to read out over the phone, ~103 bits.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A strong password to hand to someone: six groups of four (`k7mq-x2pd-...`), about 120 bits. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 6; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
