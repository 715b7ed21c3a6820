import { HttpClient } from '../../apps/api/src/test-support/clients';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';

/** Session ids of one process's JSON log lines with this message. */
function logged(p: ServerProcess, msg: string): string[] {
  return p
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; sessionId?: string })
    .filter((entry) => entry.msg === msg)
    .map((entry) => entry.sessionId ?? '');
}

describe('idle sessions with two API processes', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) throw new Error('The cluster test needs DATABASE_URL (a real PostgreSQL shared by the processes).');
    db = await freshDatabaseEnv();
    // Two seconds of idleness (0.00055 h), swept about every half second by each process.
    for (let i = 0; i < 2; i++) processes.push(await startServerProcess({ ...db.env, REDIS_URL, SESSION_IDLE_HOURS: '0.00055', LOG_LEVEL: 'info' }));
  });
  afterAll(async () => {
    for (const p of processes) await p.stop().catch(() => undefined);
    await db?.drop();
  });

  it('ends each idle session once, by the process that owns it', async () => {
    const http = new HttpClient(processes[0]!.url);
    await http.post('/api/auth/signup', { email: `idle-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Ines' });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await http.post<{ id: string }>('/api/sessions', { title: `Left open ${i}`, planId: 'taster', language: 'en', ageBand: 'teen' });
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    const deadline = Date.now() + 20_000;
    const statuses = async () => (await http.get<{ sessions: { id: string; status: string }[] }>('/api/sessions')).body.sessions;
    // An ended session is archived at once (its ballot secret destroyed in the same transaction).
    while ((await statuses()).some((session) => session.status !== 'archived')) {
      if (Date.now() > deadline) throw new Error(`sessions still open: ${JSON.stringify(await statuses())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Give a late duplicate the chance to show up, then count: every session ended exactly once.
    await new Promise((r) => setTimeout(r, 1500));
    const all = processes.flatMap((p) => logged(p, 'idle session ended'));
    expect([...all].sort()).toEqual([...ids].sort());
    // Each was ended by its owner (the process holding its advisory lock), not by whoever swept first.
    for (const p of processes) {
      const owned = new Set(logged(p, 'session owned'));
      for (const id of logged(p, 'idle session ended')) expect(owned.has(id)).toBe(true);
    }
  });
});
