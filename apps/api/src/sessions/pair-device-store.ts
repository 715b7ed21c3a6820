import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@kindred/content';
import { DataSource } from 'typeorm';

export interface DeviceCodeRow {
  pairId: string;
  sessionId: string;
  /** The member the new phone will be. */
  role: MemberRole;
  /** The device that made the code: its credential (null: the join token) and member. */
  issuer: { credential: string | null; member: MemberRole | null };
  /** When the code splits a shared pair: the credential the issuing device moves to. */
  keepCredential: string | null;
}

/** One-time phone codes and the credentials made with them (hashes only). */
@Injectable()
export class PairDeviceStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Stores a fresh code for a pair, dropping its earlier ones: only the newest code
   * works, so the issuing device's pending credential always matches it. A credential
   * made for the issuer (`keep`) is stored too; it works only once the log names it.
   */
  async replaceCode(
    code: { hash: Buffer; pairId: string; sessionId: string; role: MemberRole; issuer: DeviceCodeRow['issuer']; expiresAt: Date },
    keep: { id: string; role: MemberRole; tokenHash: Buffer } | null,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM pair_device_codes WHERE pair_id = $1`, [code.pairId]);
      if (keep) {
        await tx.query(`INSERT INTO pair_credentials (id, pair_id, session_id, role, token_hash) VALUES ($1, $2, $3, $4, $5)`, [
          keep.id,
          code.pairId,
          code.sessionId,
          keep.role,
          keep.tokenHash,
        ]);
      }
      await tx.query(
        `INSERT INTO pair_device_codes (code_hash, pair_id, session_id, role, issuer_credential, issuer_role, keep_credential, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [code.hash, code.pairId, code.sessionId, code.role, code.issuer.credential, code.issuer.member, keep?.id ?? null, code.expiresAt],
      );
    });
  }

  /** A code that has not expired (used codes are deleted in the same commit that uses them). */
  async findCode(hash: Buffer): Promise<DeviceCodeRow | null> {
    const rows = await this.db.query<
      { pair_id: string; session_id: string; role: MemberRole; issuer_credential: string | null; issuer_role: MemberRole | null; keep_credential: string | null }[]
    >(`SELECT pair_id, session_id, role, issuer_credential, issuer_role, keep_credential FROM pair_device_codes WHERE code_hash = $1 AND expires_at > now()`, [hash]);
    const r = rows[0];
    if (!r) return null;
    return {
      pairId: r.pair_id,
      sessionId: r.session_id,
      role: r.role,
      issuer: { credential: r.issuer_credential, member: r.issuer_role },
      keepCredential: r.keep_credential,
    };
  }
}
