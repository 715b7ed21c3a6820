/** For system tests that check session ownership in `pg_locks`: the advisory-lock key as PostgreSQL shows it. */
export { lockKeyParts } from '../sessions/lock-key';
