import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Linked series: evenings of one programme, and the pairs that come back to them.
 * A series pair is one pair across evenings; each evening still has its own `pairs`
 * row (its own token, its own place in that evening's event log), linked by
 * `series_pair_id`. The rejoin code is kept as text because the pair's handout shows
 * it again later (like a session's join code); it opens only that pair's place, and
 * only while an evening of its series is open (docs/privacy.md, "Linked series").
 */
export class LinkedSeries1797400000000 implements MigrationInterface {
  name = 'LinkedSeries1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE series (
        id uuid PRIMARY KEY,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        title text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE live_sessions ADD COLUMN series_id uuid REFERENCES series (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE live_sessions ADD COLUMN series_part integer`);
    await q.query(`CREATE UNIQUE INDEX live_sessions_series_part_idx ON live_sessions (series_id, series_part) WHERE series_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE series_pairs (
        id uuid PRIMARY KEY,
        series_id uuid NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        rejoin_code text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX series_pairs_series_idx ON series_pairs (series_id)`);
    await q.query(`ALTER TABLE pairs ADD COLUMN series_pair_id uuid REFERENCES series_pairs (id) ON DELETE SET NULL`);
    // One place per evening for a series pair, however many phones try to rejoin at once.
    await q.query(`CREATE UNIQUE INDEX pairs_series_pair_idx ON pairs (session_id, series_pair_id) WHERE series_pair_id IS NOT NULL`);
    // How a pair says an earlier commitment went: a choice, never text.
    await q.query(`
      CREATE TABLE commitment_outcomes (
        series_pair_id uuid NOT NULL REFERENCES series_pairs (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        segment_id text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('done', 'partly', 'not-yet')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (series_pair_id, session_id, segment_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE commitment_outcomes`);
    await q.query(`DROP INDEX pairs_series_pair_idx`);
    await q.query(`ALTER TABLE pairs DROP COLUMN series_pair_id`);
    await q.query(`DROP TABLE series_pairs`);
    await q.query(`DROP INDEX live_sessions_series_part_idx`);
    await q.query(`ALTER TABLE live_sessions DROP COLUMN series_part`);
    await q.query(`ALTER TABLE live_sessions DROP COLUMN series_id`);
    await q.query(`DROP TABLE series`);
  }
}
