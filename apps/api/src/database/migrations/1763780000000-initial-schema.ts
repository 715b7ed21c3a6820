import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: facilitators and their sign-in sessions, live sessions with
 * their event log, pairs (token hashes only) and anonymous ballots.
 * SQL kept to what both PostgreSQL 15 and PGlite (PostgreSQL 17+) accept.
 */
export class InitialSchema1763780000000 implements MigrationInterface {
  name = 'InitialSchema1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE facilitators (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX facilitators_email_key ON facilitators (lower(email))`);

    await q.query(`
      CREATE TABLE auth_sessions (
        token_hash bytea PRIMARY KEY,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX auth_sessions_facilitator_idx ON auth_sessions (facilitator_id)`);

    await q.query(`
      CREATE TABLE live_sessions (
        id uuid PRIMARY KEY,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        code char(6) NOT NULL,
        title text NOT NULL,
        plan_id text NOT NULL,
        language text NOT NULL,
        age_band text NOT NULL,
        status text NOT NULL DEFAULT 'lobby',
        scheduled_for date,
        ballot_secret bytea,
        projector_token_hash bytea NOT NULL,
        private_retention_days integer,
        last_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CONSTRAINT live_sessions_status_check CHECK (status IN ('lobby', 'running', 'ended', 'archived'))
      )`);
    // A code names one session while pairs may still join it.
    await q.query(`CREATE UNIQUE INDEX live_sessions_open_code_key ON live_sessions (code) WHERE status IN ('lobby', 'running')`);
    await q.query(`CREATE INDEX live_sessions_facilitator_idx ON live_sessions (facilitator_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE session_events (
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        command_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, seq)
      )`);
    // A command retried after a lost ack is recognised and not applied twice.
    await q.query(`CREATE UNIQUE INDEX session_events_command_key ON session_events (session_id, command_id) WHERE command_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE pairs (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pairs_session_idx ON pairs (session_id)`);

    // One row per voter per poll. voter_key is an HMAC of poll and voter under the
    // session's ballot secret: it names no pair, and once the secret is destroyed
    // no one can tie a ballot to anyone.
    await q.query(`
      CREATE TABLE ballots (
        session_id uuid NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        poll_id text NOT NULL,
        voter_key text NOT NULL,
        role text,
        choice jsonb NOT NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, poll_id, voter_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ballots`);
    await q.query(`DROP TABLE pairs`);
    await q.query(`DROP TABLE session_events`);
    await q.query(`DROP TABLE live_sessions`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP TABLE facilitators`);
  }
}
