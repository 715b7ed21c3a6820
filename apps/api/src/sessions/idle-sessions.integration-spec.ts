import { IdleSessions } from './idle-sessions';
import { aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import type { DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

const HOUR_MS = 60 * 60 * 1000;

describe('idle sessions', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer({ SESSION_IDLE_HOURS: '2' });
  });
  afterAll(async () => {
    for (const device of open) device.close();
    await server.close();
  });

  /** Makes every event of the session look `hours` old, as if nothing had happened since. */
  async function ageSession(sessionId: string, hours: number): Promise<void> {
    await server.dataSource.query(`UPDATE session_events SET created_at = now() - make_interval(secs => $2) WHERE session_id = $1`, [sessionId, hours * 3600]);
  }

  it('ends a session left idle past SESSION_IDLE_HOURS like "End the session", and leaves busy ones alone', async () => {
    const idle = await aSession(server, { planId: 'taster' });
    const busy = await aSession(server, { planId: 'taster', facilitator: idle.facilitator });
    const neverStarted = await aSession(server, { planId: 'taster', facilitator: idle.facilitator });
    const facilitator = await facilitatorDevice(server, idle);
    const pair = await pairDevice(server, await aPair(server, idle.code, 'Night Owls'));
    open.push(facilitator, pair);
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'segment.goto', segmentId: 'emotional-needs.poll' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'poll.open', pollId: 'emotional-needs.poll' })).toMatchObject({ ok: true });

    await ageSession(idle.id, 3);
    await ageSession(busy.id, 1);
    await ageSession(neverStarted.id, 5);
    const sweep = server.app.get(IdleSessions);
    expect((await sweep.endIdleSessions(new Date())).sort()).toEqual([idle.id, neverStarted.id].sort());

    // The same effects as the button: the open poll closed, every screen sees the end.
    await pair.until((d) => d.publicView?.phase === 'ended', 5000, 'the pair to see the end');
    await facilitator.until((d) => d.facilitatorView?.phase === 'ended', 5000, 'the console to see the end');
    expect(facilitator.facilitatorView?.polls.find((poll) => poll.pollId === 'emotional-needs.poll')?.status).toBe('closed');
    const types = await server.dataSource.query<{ type: string }[]>(`SELECT type FROM session_events WHERE session_id = $1 ORDER BY seq DESC LIMIT 2`, [idle.id]);
    expect(types.map((row) => row.type)).toEqual(['SessionEnded', 'PollClosed']);

    // "Your sessions" lists them as archived (ended, ballot secret gone); the busy one stays live, and a second sweep does nothing.
    const list = await idle.facilitator.http.get<{ sessions: { id: string; status: string }[] }>('/api/sessions');
    const statusOf = (id: string) => list.body.sessions.find((session) => session.id === id)?.status;
    expect([statusOf(idle.id), statusOf(neverStarted.id), statusOf(busy.id)]).toEqual(['archived', 'archived', 'lobby']);
    expect(await sweep.endIdleSessions(new Date())).toEqual([]);
    expect(await sweep.endIdleSessions(new Date(Date.now() + 2 * HOUR_MS))).toEqual([busy.id]);
  });
});
