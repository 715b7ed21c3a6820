import { Client } from 'pg';
import { aSession } from '../test-support/builders';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { lockKey, lockKeyParts } from './lock-key';
import { OwnershipLostError, SessionStore } from './session-store';

/**
 * Fencing: a timer event is written only while the writer's ownership connection holds
 * the session's advisory lock, checked in the write's own transaction. (Clustered only,
 * so a real PostgreSQL: skipped on the embedded database.)
 */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

onPostgres('the ownership fence on timer events', () => {
  let server: TestServer;
  let owner: Client;

  beforeAll(async () => {
    server = await bootTestServer();
    owner = new Client({ connectionString: server.db.url! });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await server?.close();
  });

  it('writes while the lock is held by that connection, and refuses once it is released', async () => {
    const session = await aSession(server);
    const store = new SessionStore(server.dataSource);
    const pid = (await owner.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const fence = { ownerPid: pid, ...lockKeyParts(session.id) };
    const started = { type: 'SessionStarted' as const, at: Date.now() };
    const seqOf = async () => (await server.dataSource.query<{ last_seq: number }[]>(`SELECT last_seq FROM live_sessions WHERE id = $1`, [session.id]))[0]!.last_seq;

    // Not held by anyone: refused, nothing written.
    const before = await seqOf();
    await expect(store.commit(session.id, before, { events: [started], ballots: [], commandId: null, fence })).rejects.toBeInstanceOf(OwnershipLostError);
    expect(await seqOf()).toBe(before);

    // Held by the owner's connection: written.
    expect((await owner.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [lockKey(session.id)])).rows[0]!.locked).toBe(true);
    await store.commit(session.id, before, { events: [started], ballots: [], commandId: null, fence });
    expect(await seqOf()).toBe(before + 1);

    // Held by another connection (another process took over): refused.
    await owner.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey(session.id)]);
    const other = new Client({ connectionString: server.db.url! });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1::bigint)', [lockKey(session.id)]);
      await expect(store.commit(session.id, before + 1, { events: [started], ballots: [], commandId: null, fence })).rejects.toBeInstanceOf(OwnershipLostError);
      expect(await seqOf()).toBe(before + 1);
    } finally {
      await other.end();
    }
  });
});
