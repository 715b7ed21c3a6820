import { aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import { HttpClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

describe('the thin slice: create a session, join by code, see the first topic', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports the database in /health', async () => {
    const res = await new HttpClient(server.url).get<{ status: string; database: { status: string } }>('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('lets a pair join with the code and shows it the first topic once the session runs', async () => {
    const session = await aSession(server);
    expect(session.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);

    const facilitator = await facilitatorDevice(server, session);
    await facilitator.until((c) => c.facilitatorView?.phase === 'lobby', 5000, 'lobby view');

    // A pair types the code in lower case with a space, as people do.
    const typed = `${session.code.slice(0, 3).toLowerCase()} ${session.code.slice(3)}`;
    const pair = await aPair(server, typed, 'The Okafors');
    const device = await pairDevice(server, pair);

    await facilitator.until((c) => c.facilitatorView?.pairs.some((p) => p.name === 'The Okafors'), 5000, 'pair in the facilitator view');
    await device.until((c) => c.pairView?.name === 'The Okafors' && c.agenda !== null, 5000, 'pair view and agenda');

    const ack = await facilitator.send({ type: 'session.start' });
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    await device.until((c) => c.publicView?.phase === 'running' && c.publicView.position !== null, 5000, 'running view');

    const position = device.publicView!.position!;
    const firstSection = device.agenda!.sections[position.sectionIndex]!;
    // Every plan opens with the welcome and the room's agreements, before topic 1.
    expect(firstSection.kind).toBe('frame');
    expect(firstSection.title.length).toBeGreaterThan(3);
    expect(position.topicOrdinal).toBeNull();
    expect(device.agenda!.sections.find((s) => s.kind === 'topic')?.title.length).toBeGreaterThan(3);
    // The facilitator's script stays on the console.
    expect(device.agenda!.sections.flatMap((s) => s.segments).every((seg) => seg.script === '')).toBe(true);
    expect(facilitator.agenda!.sections[0]!.segments[0]!.script.length).toBeGreaterThan(0);

    // The facilitator's list counts the pair.
    const list = await session.facilitator.http.get<{ sessions: { id: string; pairCount: number }[] }>('/api/sessions');
    expect(list.body.sessions.find((s) => s.id === session.id)?.pairCount).toBe(1);

    // The session and the pair are rows in PostgreSQL.
    const sessions = await server.dataSource.query<{ status: string }[]>(`SELECT status FROM live_sessions WHERE id = $1`, [session.id]);
    expect(sessions).toEqual([{ status: 'running' }]);
    const pairs = await server.dataSource.query<{ id: string }[]>(`SELECT id FROM pairs WHERE session_id = $1`, [session.id]);
    expect(pairs).toEqual([{ id: pair.pairId }]);

    facilitator.close();
    device.close();
  });

  it('starts the timer of each step as it opens when the session is set so, and refuses an unknown setting', async () => {
    const session = await aSession(server, { body: { timerStart: 'onOpen' } });
    const facilitator = await facilitatorDevice(server, session);
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((c) => c.facilitatorView?.timer.status === 'running', 5000, 'a running timer');
    expect(facilitator.facilitatorView?.timerStart).toBe('onOpen');
    facilitator.close();

    const manual = await aSession(server, { facilitator: session.facilitator });
    const console = await facilitatorDevice(server, manual);
    expect(await console.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await console.until((c) => c.facilitatorView?.phase === 'running', 5000, 'running');
    expect(console.facilitatorView?.timer.status).toBe('idle');
    console.close();

    const refused = await session.facilitator.http.post<{ code: string }>('/api/sessions', { title: 'Odd', planId: 'taster', timerStart: 'sometimes' });
    expect(refused).toMatchObject({ status: 400, body: { code: 'payload/invalid' } });
  });

  it('lists the timer setting of each plan for the session form', async () => {
    const plans = await new HttpClient(server.url).get<{ plans: { id: string; title: string; timerStart: string }[] }>('/api/plans');
    expect(plans.body.plans.find((plan) => plan.id === 'taster')?.timerStart).toBe('manual');
    // In the console's language when it asks; English otherwise; a language Kindred doesn't ship is refused.
    expect(plans.body.plans.find((plan) => plan.id === 'taster')?.title).toBe('One-hour taster');
    const spanish = await new HttpClient(server.url).get<{ plans: { id: string; title: string }[] }>('/api/plans?lang=es');
    expect(spanish.body.plans.find((plan) => plan.id === 'taster')?.title).toBe('Muestra de una hora');
    expect(await new HttpClient(server.url).get<{ code: string }>('/api/plans?lang=xx')).toMatchObject({ status: 400, body: { code: 'payload/invalid' } });
  });

  it('answers a wrong code with a clear error', async () => {
    const http = new HttpClient(server.url);
    const res = await http.post<{ code: string; message: string }>('/api/join', { code: 'ZZZZZZ', pairName: 'Anyone' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'join/code-unknown', message: expect.stringMatching(/no session with that code/) });
    const lookup = await http.get<{ code: string }>('/api/join/AB');
    expect(lookup.body.code).toBe('join/code-unknown');
  });
});
