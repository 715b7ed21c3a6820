import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-facilitators and account recovery.
 *
 * - `session_facilitators`: colleagues the owner (live_sessions.facilitator_id) let run
 *   a session's console. The owner is never a row here: ownership stays one column.
 * - `facilitator_invites`: one-time invite links (SHA-256 of the token only), each for
 *   one session, used at most once, expiring.
 * - `password_resets`: "Forgot your password?" links (SHA-256 of the token only),
 *   single-use, one hour.
 */
export class TeamsAndRecovery1797500000000 implements MigrationInterface {
  name = 'TeamsAndRecovery1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_facilitators (
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        invited_by uuid REFERENCES facilitators (id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, facilitator_id)
      )`);
    await q.query(`CREATE INDEX session_facilitators_facilitator_idx ON session_facilitators (facilitator_id)`);
    await q.query(`
      CREATE TABLE facilitator_invites (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES facilitators (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX facilitator_invites_session_idx ON facilitator_invites (session_id)`);
    await q.query(`
      CREATE TABLE password_resets (
        token_hash bytea PRIMARY KEY,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_resets_facilitator_idx ON password_resets (facilitator_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_resets`);
    await q.query(`DROP TABLE facilitator_invites`);
    await q.query(`DROP TABLE session_facilitators`);
  }
}
