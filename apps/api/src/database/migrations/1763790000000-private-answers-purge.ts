import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a session's private answers were deleted under its retention setting
 * (`private_retention_days`): the purge runs once per session, and the handout says so.
 */
export class PrivateAnswersPurge1763790000000 implements MigrationInterface {
  name = 'PrivateAnswersPurge1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE live_sessions ADD COLUMN private_answers_purged_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE live_sessions DROP COLUMN private_answers_purged_at`);
  }
}
