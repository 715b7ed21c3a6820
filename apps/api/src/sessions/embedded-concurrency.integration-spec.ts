import { randomUUID } from 'node:crypto';
import type { CommandAck } from '@kindred/session';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aSession, facilitatorDevice, pairDevice, type JoinedPair } from '../test-support/builders';
import { HttpClient, type DeviceClient } from '../test-support/clients';
import { bootEmbeddedTestServer, type TestServer } from '../test-support/test-server';

/**
 * The default setup (no DATABASE_URL: PGlite in this process) with a room's normal
 * concurrency: phones scanning the QR code at once, everyone voting at once, the
 * facilitator working the timer meanwhile. PGlite runs one session, so the server must
 * give it one connection; with several, lookups answered "no row" and joins failed.
 */
describe('the embedded database under a room’s concurrency', () => {
  let server: TestServer;
  const devices: DeviceClient[] = [];

  // Loading PGlite's WebAssembly and creating a data folder is slow on a busy machine.
  beforeAll(async () => {
    // Every simulated phone comes from 127.0.0.1: lift the per-address join cap, as the
    // other test servers do (and the pairs cap: it joins 151); this test is about the
    // database, the caps have their own tests.
    server = await bootEmbeddedTestServer({ LOG_LEVEL: 'warn', JOINS_PER_ADDRESS_PER_MINUTE: '100000', MAX_PAIRS_PER_SESSION: '1000' });
  }, 180_000);
  afterAll(async () => {
    for (const d of devices) d.close();
    await server?.close();
  });

  const join = (code: string, name: string) => new HttpClient(server.url).post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', { code, pairName: name, members: { mother: 'Mum', son: 'Son' } });

  it('answers 50 joins at once, then 50 joins, 200 votes and the facilitator’s commands in flight together, each exactly once', async () => {
    const ready = await new HttpClient(server.url).get('/health/ready');
    expect(ready).toMatchObject({ status: 200, body: { database: { status: 'up', engine: 'embedded' }, redis: { status: 'off' }, ownership: { status: 'off' } } });
    expect(await new HttpClient(server.url).get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    const session = await aSession(server, { planId: 'taster' });

    // 50 phones join at once: every one gets in.
    const first = await Promise.all(Array.from({ length: 50 }, (_, i) => join(session.code, `Early ${i + 1}`)));
    expect(first.map((r) => r.status)).toEqual(first.map(() => 201));
    const pairs: JoinedPair[] = first.map((r, i) => ({ ...r.body, name: `Early ${i + 1}` }));
    const more = await Promise.all(Array.from({ length: 50 }, (_, i) => join(session.code, `Second ${i + 1}`)));
    expect(more.map((r) => r.status)).toEqual(more.map(() => 201));
    pairs.push(...more.map((r, i) => ({ ...r.body, name: `Second ${i + 1}` })));

    const facilitator = await facilitatorDevice(server, session);
    devices.push(facilitator);
    await facilitator.until((f) => f.facilitatorView?.pairs.length === 100, 10_000, '100 pairs');
    const poll = segmentOfKind(facilitator.agenda!, 'poll', (p) => p.poll.type === 'single' && p.audience === 'byRole');
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    const options = poll.poll.options.map((o) => o.id);
    for (const command of [{ type: 'session.start' }, { type: 'segment.goto', segmentId: poll.id }, { type: 'poll.open', pollId: poll.id }] as const) {
      expect(await facilitator.send(command)).toMatchObject({ ok: true });
    }
    const phones = await Promise.all(pairs.map((p) => pairDevice(server, p)));
    devices.push(...phones);

    // Together: 50 more joins, a vote from each mother and son of 100 pairs, and the timer worked.
    const votes = phones.flatMap((phone, i) =>
      (['mother', 'son'] as const).map((role) => ({ phone, role, optionId: options[(i + (role === 'son' ? 1 : 0)) % options.length]!, commandId: randomUUID() })),
    );
    const joins = Array.from({ length: 50 }, (_, i) => join(session.code, `Late ${i + 1}`));
    const voteAcks = votes.map((v) =>
      v.phone.send({ type: 'vote.cast', pollId: poll.id, role: v.role, choice: { type: 'single', optionId: v.optionId }, commandId: v.commandId }, 30_000),
    );
    const facilitatorAcks: CommandAck[] = [];
    for (const type of ['timer.start', 'timer.pause', 'timer.resume', 'timer.pause'] as const) facilitatorAcks.push(await facilitator.send({ type, segmentId: poll.id }, 30_000));
    facilitatorAcks.push(await facilitator.send({ type: 'timer.adjust', segmentId: poll.id, deltaMs: 60_000 }, 30_000));

    const joined = await Promise.all(joins);
    expect(joined.map((r) => r.status)).toEqual(joined.map(() => 201));
    expect(await Promise.all(voteAcks)).toEqual(votes.map(() => ({ ok: true, seq: expect.any(Number) })));
    expect(facilitatorAcks).toEqual(facilitatorAcks.map(() => ({ ok: true, seq: expect.any(Number) })));

    // By SQL: 150 pairs, each of the 200 ballots once, the log without gaps.
    const [pairCount] = await server.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM pairs WHERE session_id = $1`, [session.id]);
    expect(pairCount!.n).toBe(150);
    const ballots = await server.dataSource.query<{ role: string; n: number }[]>(
      `SELECT role, count(*)::int AS n FROM ballots WHERE session_id = $1 AND poll_id = $2 GROUP BY role ORDER BY role`,
      [session.id, poll.id],
    );
    expect(ballots).toEqual([
      { role: 'mother', n: 100 },
      { role: 'son', n: 100 },
    ]);
    const [log] = await server.dataSource.query<{ n: number; max: number; last: number }[]>(
      `SELECT count(*)::int AS n, max(seq)::int AS max, (SELECT last_seq FROM live_sessions WHERE id = $1) AS last FROM session_events WHERE session_id = $1`,
      [session.id],
    );
    expect(log).toEqual({ n: log!.last, max: log!.last, last: log!.last });
    const joinedEvents = await server.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM session_events WHERE session_id = $1 AND type = 'PairJoined'`, [
      session.id,
    ]);
    expect(joinedEvents[0]!.n).toBe(150);

    // Retrying every vote with its commandId changes nothing.
    await Promise.all(votes.map((v) => v.phone.send({ type: 'vote.cast', pollId: poll.id, role: v.role, choice: { type: 'single', optionId: v.optionId }, commandId: v.commandId }, 30_000)));
    const [again] = await server.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ballots WHERE session_id = $1`, [session.id]);
    expect(again!.n).toBe(200);

    // One address did all of this: the join brake saw no wrong code, so the next phone still gets in.
    expect((await join(session.code, 'After the rush')).status).toBe(201);
  }, 180_000);
});
