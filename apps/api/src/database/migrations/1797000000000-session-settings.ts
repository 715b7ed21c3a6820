import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The settings a session was created with (plan customization, language, age band,
 * resources box, timer mode, group size, retention, safeguarding contact), kept beside
 * the session so "Duplicate" can start a new session exactly like it. A table of its own
 * so live_sessions stays as it is; a session made before this has no row and duplicates
 * from what live_sessions holds.
 */
export class SessionSettings1797000000000 implements MigrationInterface {
  name = 'SessionSettings1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_settings (
        session_id uuid PRIMARY KEY REFERENCES live_sessions (id) ON DELETE CASCADE,
        settings jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_settings`);
  }
}
