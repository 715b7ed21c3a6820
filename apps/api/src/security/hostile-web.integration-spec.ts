import { randomInt } from 'node:crypto';
import { COMMAND_TYPES, type CommandType } from '@kindred/session';
import { aPair, aSession, facilitatorDevice, pairDevice, type CreatedSession } from '../test-support/builders';
import { DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/**
 * A hostile client against a server on a fresh database: it floods wrong join codes
 * from many forged addresses, opens 40 sockets on one pair token, and sends NUL bytes
 * and lone surrogates in every field of every route and command. The room must not
 * notice: a legitimate pair still joins, the server stays up, every bad input gets
 * `payload/invalid`, and other pairs' updates keep arriving within a second.
 */
const NUL = 'Night\u0000Owls';
const SURROGATE = 'Night \uD83E Owls';
const BAD = [NUL, SURROGATE];
const forged = () => `203.0.${randomInt(256)}.${randomInt(1, 255)}`;

async function post(server: TestServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => null)) as { code?: string; message?: string } | null };
}

/** Every command with a valid shape and one string field replaced by `bad`. */
function hostileCommands(bad: string): { type: CommandType; payload: Record<string, unknown> }[] {
  const shapes: Record<CommandType, Record<string, unknown>> = {
    'session.start': { segmentId: bad },
    'session.end': { [bad]: 1 },
    'session.lock': { [bad]: 1 },
    'session.unlock': { [bad]: 1 },
    'pair.remove': { pairId: bad },
    'segment.goto': { segmentId: bad },
    'timer.start': { segmentId: bad },
    'timer.pause': { segmentId: bad },
    'timer.resume': { segmentId: bad },
    'timer.adjust': { segmentId: bad, deltaMs: 1000 },
    'timer.reset': { segmentId: bad },
    'timer.expire': { segmentId: bad },
    'poll.open': { pollId: bad },
    'poll.close': { pollId: bad },
    'poll.reveal': { pollId: bad },
    'poll.hideAnswer': { pollId: 'p', answerId: bad },
    'reveal.end': { segmentId: bad },
    'pair.join': { name: 'Fine', members: { mother: bad } },
    'pair.rename': { name: bad },
    'pair.setMembers': { members: { son: bad } },
    'answer.submit': { segmentId: 's', role: 'mother', answer: { type: 'text', text: bad } },
    'answer.reveal': { segmentId: bad },
    'vote.cast': { pollId: 'p', choice: { type: 'openText', text: bad } },
    'commitment.save': { segmentId: 's', text: bad },
    'devices.add': { role: 'son', credential: bad },
    'devices.merge': { credential: bad },
    'handout.share': { shared: true, [bad]: 1 },
    'pair.setWords': { words: { carer: { name: bad }, ageBand: 'adult' } },
    'pair.readmit': { pairId: bad },
    'topic.note': { sectionId: 's', note: bad },
    'pair.setLanguage': { language: bad },
    'session.setProjectorLanguages': { languages: ['en', bad] },
  };
  return COMMAND_TYPES.map((type) => ({ type, payload: { type, ...shapes[type] } }));
}

describe('a hostile web client', () => {
  let server: TestServer;
  let session: CreatedSession;
  let facilitator: DeviceClient;
  let watcher: DeviceClient;

  beforeAll(async () => {
    server = await bootTestServer();
    session = await aSession(server);
    facilitator = await facilitatorDevice(server, session);
    watcher = await pairDevice(server, await aPair(server, session.code, 'The Watchers'));
    await watcher.until((c) => c.publicView !== null, 5000, 'watcher view');
  });
  afterAll(async () => {
    facilitator?.close();
    watcher?.close();
    await server.close();
  });

  /** How long a facilitator's change takes to reach the other pair's phone (locks, then unlocks the room). */
  async function updateLatencyMs(): Promise<number> {
    let worst = 0;
    for (const locked of [true, false]) {
      const started = Date.now();
      expect(await facilitator.send({ type: locked ? 'session.lock' : 'session.unlock' })).toMatchObject({ ok: true });
      await watcher.until((c) => c.publicView?.locked === locked, 5000, 'lock change at the other pair');
      worst = Math.max(worst, Date.now() - started);
    }
    return worst;
  }

  it('cannot lock a legitimate pair out by flooding wrong codes from many addresses', async () => {
    const addresses = Array.from({ length: 20 }, forged);
    const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
    const randomCode = () => Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
    let refused = 0;
    // 600 wrong codes, 30 from each address, 20 at a time.
    for (let round = 0; round < 30; round++) {
      const answers = await Promise.all(
        addresses.map((address) => fetch(`${server.url}/api/join/${randomCode()}`, { headers: { 'x-forwarded-for': address } }).then((r) => r.status)),
      );
      refused += answers.filter((s) => s === 429).length;
      expect(answers.every((s) => s === 404 || s === 429)).toBe(true);
    }
    // Each flooding address has spent its budget ...
    expect((await fetch(`${server.url}/api/join/${randomCode()}`, { headers: { 'x-forwarded-for': addresses[0]! } })).status).toBe(429);
    expect(refused).toBeLessThan(600);
    // ... and a pair in the room, on its own phone, still gets in.
    const legit = await post(server, '/api/join', { code: session.code, pairName: 'The Latecomers' }, { 'x-forwarded-for': forged() });
    expect(legit.status).toBe(201);
    expect(await updateLatencyMs()).toBeLessThan(1000);
  });

  it('gets a handful of sockets on one token, not 40, and the room keeps its pace', async () => {
    const pair = await aPair(server, session.code, 'Forty Screens');
    const attempts = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const device = new DeviceClient(server.url, { role: 'pair', pairToken: pair.pairToken, member: null });
        device.socket.io.reconnection(false);
        return device.connected().then(
          () => ({ device, code: 'connected' }),
          (error: Error & { data?: { code?: string } }) => ({ device, code: error.data?.code ?? error.message }),
        );
      }),
    );
    const connected = attempts.filter((a) => a.code === 'connected');
    expect(connected.length).toBe(4);
    expect(attempts.filter((a) => a.code === 'auth/too-many-connections')).toHaveLength(36);
    // The connected ones hammer the server with requests while the room goes on.
    for (const { device } of connected) for (let i = 0; i < 50; i++) device.socket.emit('view.request');
    expect(await updateLatencyMs()).toBeLessThan(1000);
    for (const { device } of attempts) device.close();
  });

  it('answers NUL bytes and lone surrogates in every HTTP route with payload/invalid', async () => {
    const cookie = session.facilitator.http.cookieHeader!;
    const email = () => `x${randomInt(1e9)}@example.org`;
    for (const bad of BAD) {
      const cases: [string, unknown, Record<string, string>?][] = [
        ['/api/auth/signup', { email: email(), password: 'correct horse battery', displayName: bad }],
        ['/api/auth/signup', { email: email(), password: `correct horse ${bad}`, displayName: 'Ann' }],
        ['/api/auth/signup', { email: `${bad}@example.org`, password: 'correct horse battery', displayName: 'Ann' }],
        ['/api/auth/signin', { email: email(), password: bad }],
        ['/api/auth/signout', { anything: bad }, { cookie: 'kindred_sid=nothing' }],
        ['/api/sessions', { title: bad, planId: 'taster', language: 'en', ageBand: 'teen' }, { cookie }],
        ['/api/sessions', { title: 'Fine', planId: bad, language: 'en', ageBand: 'teen' }, { cookie }],
        ['/api/sessions', { title: 'Fine', planId: 'taster', language: bad, ageBand: 'teen' }, { cookie }],
        ['/api/sessions', { title: 'Fine', planId: 'taster', language: 'en', ageBand: 'teen', customization: { order: [bad] } }, { cookie }],
        [`/api/sessions/${session.id}/projector-link`, { note: bad }, { cookie }],
        ['/api/plans/preview', { planId: bad }],
        ['/api/plans/preview', { planId: 'taster', customization: { durations: { [bad]: 60 } } }],
        ['/api/join', { code: session.code, pairName: bad }],
        ['/api/join', { code: bad, pairName: 'Fine' }],
        ['/api/join', { code: session.code, pairName: 'Fine', members: { mother: bad } }],
      ];
      for (const [path, body, headers] of cases) {
        const res = await post(server, path, body, { ...headers, 'x-forwarded-for': forged() });
        expect({ path, body, status: res.status, code: res.body?.code }).toEqual({ path, body, status: 400, code: 'payload/invalid' });
        expect(res.body?.message).toMatch(/not allowed|broken character/);
      }
    }
    // In the address and the query too.
    for (const path of [`/api/join/AB%00CD`, `/api/join/AB%ED%A0%80C`, `/api/sessions/${session.id}/report.csv?part=%00`]) {
      const res = await fetch(server.url + path, { headers: { cookie } });
      expect({ path, status: res.status, code: ((await res.json()) as { code: string }).code }).toEqual({ path, status: 400, code: 'payload/invalid' });
    }
    // Nothing of it reached the database.
    const names = await server.dataSource.query<{ name: string }[]>(`SELECT title AS name FROM live_sessions UNION ALL SELECT display_name FROM facilitators`);
    expect(names.some((n) => n.name.includes('\u0000'))).toBe(false);
  });

  it('answers NUL bytes and lone surrogates in every socket command with payload/invalid', async () => {
    const pair = await pairDevice(server, await aPair(server, session.code, 'Prober'));
    try {
      for (const bad of BAD) {
        for (const { type, payload } of hostileCommands(bad)) {
          for (const device of [facilitator, pair]) {
            const ack = await device.send(payload);
            expect({ type, ack: ack.ok ? 'ok' : ack.code }).toEqual({ type, ack: 'payload/invalid' });
            if (!ack.ok) expect(ack.message).toMatch(/not allowed|broken character/);
          }
          // Under the per-socket brake (10 commands a second), which is not what this tests.
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      expect(server.logLines.some((line) => line.includes('command failed'))).toBe(false);
      expect(await updateLatencyMs()).toBeLessThan(1000);
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      pair.close();
    }
  });

  it('shows look-alike names as one name: invisible and bidi characters are removed before the clash check', async () => {
    const first = await aPair(server, session.code, 'Bears');
    const spoof = await post(server, '/api/join', { code: session.code, pairName: 'B\u200Be\u202Dars' }, { 'x-forwarded-for': forged() });
    expect(spoof.status).toBe(201);
    expect(spoof.body).toMatchObject({ pairName: 'Bears 2' });
    await facilitator.until((c) => (c.facilitatorView?.pairs.filter((p) => p.name.startsWith('Bears')).length ?? 0) === 2, 5000, 'both pairs');
    const names = facilitator.facilitatorView!.pairs.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Bears', 'Bears 2']));
    expect(first.name).toBe('Bears');
  });

  it('cannot probe other pairs\' names by renaming: a clash gives a unique name, and renames are limited', async () => {
    await aPair(server, session.code, 'Secret Squirrels');
    const prober = await pairDevice(server, await aPair(server, session.code, 'Prober Two'));
    try {
      expect(await prober.send({ type: 'pair.rename', name: 'secret squirrels' })).toMatchObject({ ok: true });
      await prober.until((c) => c.pairView?.name === 'secret squirrels 2', 5000, 'the unique name');
      for (let i = 0; i < 4; i++) expect(await prober.send({ type: 'pair.rename', name: `Guess ${i}` })).toMatchObject({ ok: true });
      expect(await prober.send({ type: 'pair.rename', name: 'Guess again' })).toMatchObject({ ok: false, code: 'request/rate-limited' });
    } finally {
      prober.close();
    }
  });
});
