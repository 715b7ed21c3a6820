import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballots can't be tied to a pair once the session is over:
 * - no per-ballot time (`cast_at` lined up with the room's timeline);
 * - sessions that already ended are archived now: their ballot secret is destroyed
 *   (from here on the API does that in the same transaction as `SessionEnded`).
 * - a joining device's marker (a hash of its device cookie and the session id, so rows
 *   of two sessions can't be matched) lets a removed pair's device be refused.
 * `down` brings the column back (as "unknown" times) but not the secrets: they are gone.
 */
export class UnlinkableBallots1796400000000 implements MigrationInterface {
  name = 'UnlinkableBallots1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ballots DROP COLUMN cast_at`);
    await q.query(`UPDATE live_sessions SET ballot_secret = NULL, status = 'archived' WHERE status = 'ended'`);
    await q.query(`ALTER TABLE pairs ADD COLUMN device_hash bytea`);
    await q.query(`CREATE INDEX pairs_device_idx ON pairs (session_id, device_hash) WHERE device_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX pairs_device_idx`);
    await q.query(`ALTER TABLE pairs DROP COLUMN device_hash`);
    await q.query(`ALTER TABLE ballots ADD COLUMN cast_at timestamptz NOT NULL DEFAULT now()`);
  }
}
