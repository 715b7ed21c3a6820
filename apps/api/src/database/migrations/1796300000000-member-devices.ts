import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member devices: once a pair uses two phones, each holds its own credential (stored
 * as a SHA-256 like pair tokens). Which credential is current is the event log's
 * business (PairSplit, MemberDeviceReplaced, PairMerged name credential ids), so a
 * row here works only while the log says so. One-time phone codes let a new phone in.
 */
export class MemberDevices1796300000000 implements MigrationInterface {
  name = 'MemberDevices1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pair_credentials (
        id uuid PRIMARY KEY,
        pair_id uuid NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        role text CHECK (role IN ('mother', 'son')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pair_credentials_pair_idx ON pair_credentials (pair_id)`);
    // issuer_credential null: the token the pair got when it joined.
    await q.query(`
      CREATE TABLE pair_device_codes (
        code_hash bytea PRIMARY KEY,
        pair_id uuid NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('mother', 'son')),
        issuer_credential uuid,
        issuer_role text CHECK (issuer_role IN ('mother', 'son')),
        keep_credential uuid,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX pair_device_codes_pair_idx ON pair_device_codes (pair_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pair_device_codes`);
    await q.query(`DROP TABLE pair_credentials`);
  }
}
