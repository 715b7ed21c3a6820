import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up must not reveal whether an email has an account, so an email may belong to
 * more than one account (each with its own password; sign-in finds the one the
 * password opens). Known devices: browsers that have signed in to an account before,
 * exempt from the per-account sign-in brake so guessing can't lock the owner out.
 */
export class AccountsWithoutEnumeration1796208531166 implements MigrationInterface {
  name = 'AccountsWithoutEnumeration1796208531166';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX facilitators_email_key`);
    await q.query(`CREATE INDEX facilitators_email_idx ON facilitators (lower(email))`);
    await q.query(`
      CREATE TABLE known_devices (
        token_hash bytea PRIMARY KEY,
        facilitator_id uuid NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX known_devices_facilitator_idx ON known_devices (facilitator_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_devices`);
    await q.query(`DROP INDEX facilitators_email_idx`);
    // Fails, on purpose, while two accounts share an email: merge or delete one first.
    await q.query(`CREATE UNIQUE INDEX facilitators_email_key ON facilitators (lower(email))`);
  }
}
