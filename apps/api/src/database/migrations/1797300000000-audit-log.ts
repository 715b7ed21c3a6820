import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: who did what that matters later (a session created or ended, a pair
 * removed, handouts downloaded, private answers purged, a backup restored). Ids and
 * counts only, never names or private text. No foreign keys: a record outlives what
 * it is about.
 */
export class AuditLog1797300000000 implements MigrationInterface {
  name = 'AuditLog1797300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('facilitator', 'server', 'operator')),
        actor_id uuid,
        session_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC)`);
    await q.query(`CREATE INDEX audit_log_session_idx ON audit_log (session_id, at) WHERE session_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
  }
}
