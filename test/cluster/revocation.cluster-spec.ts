import type { DeviceClient } from '../../apps/api/src/test-support/clients';
import { connectDevice, HttpClient } from '../../apps/api/src/test-support/clients';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';

/** Resolves with the reason when the server closes the socket. */
function disconnection(device: DeviceClient): Promise<string> {
  return new Promise((resolve) => device.socket.once('disconnect', (reason) => resolve(reason)));
}

/**
 * Revocation reaches sockets on every process: the command lands on one process, the
 * sockets to close sit on another (socket.io's disconnectSockets through the Redis adapter).
 */
describe('revocation across two API processes', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const processes: ServerProcess[] = [];
  const devices: DeviceClient[] = [];

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) throw new Error('The cluster test needs DATABASE_URL (a real PostgreSQL shared by the processes).');
    db = await freshDatabaseEnv();
    for (let i = 0; i < 2; i++) processes.push(await startServerProcess({ ...db.env, REDIS_URL, LOG_LEVEL: 'info' }));
  });
  afterAll(async () => {
    for (const d of devices) d.close();
    for (const p of processes) await p.stop().catch(() => undefined);
    await db?.drop();
  });

  it('closes a removed pair, an old projector and a signed-out console wherever they are connected', async () => {
    const [p1, p2] = processes as [ServerProcess, ServerProcess];
    const http = new HttpClient(p1.url);
    await http.post('/api/auth/signup', { email: `revoke-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Ada' });
    const created = await http.post<{ id: string; code: string; projectorToken: string }>('/api/sessions', { title: 'Cluster evening', planId: 'taster', language: 'en', ageBand: 'teen' });
    expect(created.status).toBe(201);
    const sessionId = created.body.id;
    const console = await connectDevice(p1.url, { role: 'facilitator', sessionId }, http.cookieHeader);
    // The same sign-in, with a second console on the other process.
    const secondConsole = await connectDevice(p2.url, { role: 'facilitator', sessionId }, http.cookieHeader);
    const projector = await connectDevice(p2.url, { role: 'projector', sessionId, projectorToken: created.body.projectorToken });
    const joined = await new HttpClient(p2.url).post<{ pairId: string; pairToken: string }>('/api/join', { code: created.body.code, pairName: 'Family 1' });
    const phone = await connectDevice(p2.url, { role: 'pair', pairToken: joined.body.pairToken, member: null });
    devices.push(console, secondConsole, projector, phone);
    await console.until((f) => f.facilitatorView?.pairs.length === 1, 10_000, 'the pair in the console');

    const phoneClosed = disconnection(phone);
    expect(await console.send({ type: 'pair.remove', pairId: joined.body.pairId })).toMatchObject({ ok: true });
    expect(await phoneClosed).toBe('io server disconnect');

    const projectorClosed = disconnection(projector);
    expect((await http.post(`/api/sessions/${sessionId}/projector-link`)).status).toBe(200);
    expect(await projectorClosed).toBe('io server disconnect');

    const secondClosed = disconnection(secondConsole);
    expect((await http.post('/api/auth/signout')).status).toBe(204);
    expect(await secondClosed).toBe('io server disconnect');
  });
});
