import { resolveAgenda, SHIPPED_LANGUAGES, type Agenda, type AgendaSegment, type PollSegment } from '@kindred/content';
import type { CommandAck, PlanCustomization } from '@kindred/session';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aPair, aSession, facilitatorDevice, pairDevice, projectorDevice, splitPair, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { connectDevice, DeviceClient, HttpClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { SessionAgendas } from '../sessions/session-agendas';

/*
 * Spanish end to end on the wire: each device reads the agenda in its own language
 * (join, handshake, pair.setLanguage), the projector gets every language, polls count
 * by option id whatever language a phone shows, and a hostile client's language values
 * are refused with payload/invalid while nothing changes.
 */

/** Everything but the texts: what must be identical across languages. */
function shape(agenda: Agenda): unknown {
  const segment = (s: AgendaSegment) => [
    s.id,
    s.kind,
    s.durationSec,
    s.kind === 'poll' && 'options' in s.poll ? s.poll.options.map((o) => o.id) : null,
    s.kind === 'privateReveal' && s.answer.type === 'choice' ? s.answer.options.map((o) => o.id) : null,
  ];
  return agenda.sections.map((section) => [section.id, section.kind, section.segments.map(segment)]);
}

async function joinIn(server: TestServer, code: string, name: string, language?: unknown): Promise<{ status: number; body: JoinedPair & { code?: string } }> {
  const res = await new HttpClient(server.url).post<JoinedPair & { code?: string }>('/api/join', { code, pairName: name, members: { mother: 'Ana', son: 'Leo' }, ...(language !== undefined ? { language } : {}) });
  return { status: res.status, body: { ...res.body, name } };
}

/** The code and message a refused handshake carried. */
async function refusedHandshake(server: TestServer, auth: Record<string, unknown>): Promise<unknown> {
  const device = new DeviceClient(server.url, auth);
  try {
    await device.connected();
    return 'connected';
  } catch (error) {
    return (error as { data?: unknown }).data;
  } finally {
    device.close();
  }
}

describe('a session in two languages', () => {
  let server: TestServer;
  let session: CreatedSession;
  let console: DeviceClient;
  let customization: PlanCustomization;
  const devices: DeviceClient[] = [];
  const track = <T extends DeviceClient>(device: T): T => {
    devices.push(device);
    return device;
  };

  beforeAll(async () => {
    server = await bootTestServer();
    // Customized, as most sessions are: the other languages must be resolved with the same customization.
    customization = { disabledSegments: ['emotional-needs.deeper', 'shared-moments.deeper', 'growing-conversations.deeper'], durations: { 'emotional-needs.talk': 420 } };
    session = await aSession(server, { planId: 'taster', body: { minGroupSize: 2, customization, localResources: ['Biblioteca Central, sala 2'] } });
    console = track(await facilitatorDevice(server, session));
    await console.until((c) => c.agenda !== null && c.facilitatorView !== null, 5000, 'console agenda');
  });

  afterAll(async () => {
    for (const device of devices) device.close();
    await server.close();
  });

  it('ships Spanish on this branch (the rest of this file needs two languages)', () => {
    expect(SHIPPED_LANGUAGES).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it('tells the join page the session\'s language, its default', async () => {
    expect(await new HttpClient(server.url).get(`/api/join/${session.code}`)).toMatchObject({ status: 200, body: { acceptingPairs: true, language: 'en' } });
  });

  it('gives a pair that joined in Spanish the Spanish agenda: the same ids, durations and options as the English one', async () => {
    const joined = await joinIn(server, session.code, 'Los Osos', 'es');
    expect(joined.status).toBe(201);
    const phone = track(await pairDevice(server, joined.body));
    await phone.until((d) => d.agenda !== null && d.pairView !== null, 5000, 'the Spanish agenda');
    const english = console.agenda!;
    const spanish = phone.agenda!;
    expect(english.language).toBe('en');
    expect(spanish.language).toBe('es');
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.sections.flatMap((s) => s.segments).find((s) => s.id === 'emotional-needs.talk')?.durationSec).toBe(420);
    expect(spanish.localResources).toEqual(['Biblioteca Central, sala 2']);
    // Its texts are the curriculum's Spanish (English where a string is not translated yet).
    const expected = resolveAgenda(server.app.get(PlanCatalogue).customize('taster', customization), { language: 'es', ageBand: 'teen' });
    expect(spanish.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
    expect(spanish.sections.flatMap((s) => s.segments.map((g) => g.deviceText))).toEqual(expected.sections.flatMap((s) => s.segments.map((g) => g.deviceText)));
    // The session's own name, and no facilitator material, whatever the language.
    expect(spanish.title).toBe('Tuesday evening at Hillside School');
    expect(spanish.guide).toBeUndefined();
    expect(spanish.sections.flatMap((s) => s.segments).every((g) => g.script === '' && g.notes === undefined)).toBe(true);
    expect(phone.pairView!.language).toBe('es');
    // The console sees counts only.
    await console.until((c) => c.facilitatorView?.languages.es === 1, 5000, 'the language mix');
    expect(console.facilitatorView!.pairs.some((p) => 'language' in p)).toBe(false);
  });

  it('reads the handshake\'s language for that device only, without changing the pair\'s', async () => {
    const pair = await aPair(server, session.code, 'Night Owls');
    const phone = track(await connectDevice(server.url, { role: 'pair', pairToken: pair.pairToken, language: 'es' }));
    await phone.until((d) => d.agenda !== null && d.pairView !== null, 5000, 'agenda');
    expect(phone.agenda!.language).toBe('es');
    expect(phone.pairView!.language).toBe('en');
    const plain = track(await pairDevice(server, pair));
    await plain.until((d) => d.agenda !== null, 5000, 'agenda');
    expect(plain.agenda!.language).toBe('en');
  });

  it('switches one phone\'s language with pair.setLanguage: only that socket gets a new agenda, the other member keeps its own', async () => {
    const pair = await aPair(server, session.code, 'Trail Walkers');
    const split = await splitPair(server, pair, 'son');
    const mother = track(await pairDevice(server, pair, split.mother));
    const son = track(await pairDevice(server, pair, split.son));
    const bystander = track(await pairDevice(server, await aPair(server, session.code, 'Bystanders')));
    for (const d of [mother, son, bystander]) await d.until((c) => c.agenda !== null && (c.memberView ?? c.pairView) !== null, 5000, 'connected views');
    const before = { mother: mother.agendas.length, bystander: bystander.agendas.length, console: console.agendas.length };

    const ack = await son.send({ type: 'pair.setLanguage', language: 'es' });
    expect(ack).toMatchObject({ ok: true });
    // Sent before the ack: the phone has it when its command resolves.
    expect(son.agenda!.language).toBe('es');
    expect(shape(son.agenda!)).toEqual(shape(mother.agenda!));
    await son.until((d) => d.memberView?.language === 'es', 5000, 'the son\'s view');
    await mother.until((d) => d.memberView?.language === 'es', 5000, 'the mother\'s view: the pair\'s language');
    // Only the son's socket was sent an agenda; the mother's phone still reads English.
    await new Promise((r) => setTimeout(r, 300));
    expect(mother.agendas.length).toBe(before.mother);
    expect(mother.agenda!.language).toBe('en');
    expect(bystander.agendas.length).toBe(before.bystander);
    expect(console.agendas.length).toBe(before.console);

    // The pair's language already: nothing new in the log, but this phone still gets that language's agenda.
    expect(await mother.send({ type: 'pair.setLanguage', language: 'es' })).toMatchObject({ ok: true });
    expect(mother.agenda!.language).toBe('es');
    // And back: the mother's phone to English, the son's stays Spanish.
    expect(await mother.send({ type: 'pair.setLanguage', language: 'en' })).toMatchObject({ ok: true });
    expect(mother.agenda!.language).toBe('en');
    expect(son.agenda!.language).toBe('es');
  });

  it('refuses a language Kindred does not ship, or of the wrong type, everywhere with payload/invalid, and changes nothing', async () => {
    await console.until((c) => c.facilitatorView !== null);
    const pairsBefore = console.facilitatorView!.pairCount;
    for (const language of ['fr', 'es-MX', 'ES', '', 42, null, ['es'], { es: true }]) {
      const joined = await joinIn(server, session.code, `Intruders ${JSON.stringify(language)}`, language);
      expect({ language, status: joined.status, code: joined.body.code }).toEqual({ language, status: 400, code: 'payload/invalid' });
    }
    // Nobody joined.
    await new Promise((r) => setTimeout(r, 200));
    expect(console.facilitatorView!.pairCount).toBe(pairsBefore);

    const pair = await aPair(server, session.code, 'Careful Pair');
    for (const language of ['fr', 7, null, ['es']]) {
      expect(await refusedHandshake(server, { role: 'pair', pairToken: pair.pairToken, language })).toMatchObject({ code: 'payload/invalid' });
      expect(await refusedHandshake(server, { role: 'facilitator', sessionId: session.id, language })).toMatchObject({ code: 'payload/invalid' });
    }

    const phone = track(await pairDevice(server, pair));
    await phone.until((d) => d.agenda !== null && d.pairView !== null, 5000, 'views');
    // The console's view is throttled (200 ms): let the join's last view land before taking its seq.
    await console.until((c) => c.facilitatorView?.pairs.some((p) => p.name === 'Careful Pair') === true, 5000, 'the pair on the console');
    await new Promise((r) => setTimeout(r, 400));
    const agendasBefore = phone.agendas.length;
    const seq = console.facilitatorView!.seq;
    const bad: Record<string, unknown>[] = [
      { type: 'pair.setLanguage', language: 'fr' },
      { type: 'pair.setLanguage', language: 'es-MX' },
      { type: 'pair.setLanguage', language: 1 },
      { type: 'pair.setLanguage', language: ['es'] },
      { type: 'pair.setLanguage' },
      { type: 'pair.setLanguage', language: 'es', pairId: 'someone-else' },
    ];
    for (const command of bad) expect([command, await phone.send(command)]).toEqual([command, expect.objectContaining({ ok: false, code: 'payload/invalid' })]);
    const projectorBad: Record<string, unknown>[] = [
      { type: 'session.setProjectorLanguages', languages: [] },
      { type: 'session.setProjectorLanguages', languages: ['es', 'es'] },
      { type: 'session.setProjectorLanguages', languages: ['en', 'es', 'en'] },
      { type: 'session.setProjectorLanguages', languages: ['fr'] },
      { type: 'session.setProjectorLanguages', languages: 'es' },
    ];
    for (const command of projectorBad) expect([command, await console.send(command)]).toEqual([command, expect.objectContaining({ ok: false, code: 'payload/invalid' })]);
    // A pair may not choose the projector's languages.
    expect(await phone.send({ type: 'session.setProjectorLanguages', languages: ['es'] })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    await new Promise((r) => setTimeout(r, 200));
    expect(phone.agendas.length).toBe(agendasBefore);
    expect(phone.pairView!.language).toBe('en');
    expect(console.facilitatorView!.seq).toBe(seq);
    expect(console.publicView!.projectorLanguages).toEqual(['en']);
  });

  it('records a redeemed phone\'s language as the pair\'s, and refuses a bad one before using the code', async () => {
    const pair = await aPair(server, session.code, 'Second Phones');
    const http = new HttpClient(server.url);
    const made = await http.request<{ code: string }>('POST', '/api/pair-devices/code', { role: 'son' }, { authorization: `Bearer ${pair.pairToken}` });
    expect(made.status).toBe(201);
    const refused = await http.post<{ code: string }>('/api/pair-devices/redeem', { code: made.body.code, language: 'klingon' });
    expect(refused).toMatchObject({ status: 400, body: { code: 'payload/invalid' } });
    const redeemed = await http.post<{ pairToken: string }>('/api/pair-devices/redeem', { code: made.body.code, language: 'es' });
    expect(redeemed.status).toBe(200);
    const son = track(await connectDevice(server.url, { role: 'pair', pairToken: redeemed.body.pairToken }));
    await son.until((d) => d.agenda !== null && d.memberView !== null, 5000, 'views');
    expect(son.memberView!.language).toBe('es');
    expect(son.agenda!.language).toBe('es');
  });

  it('sends the projector every language\'s agenda and the facilitator\'s choice of one or two', async () => {
    const projector = track(await projectorDevice(server, session));
    await projector.until((d) => d.agendas.length === SHIPPED_LANGUAGES.length && d.publicView !== null, 5000, 'one agenda per language');
    expect(projector.agendas.map((a) => a.language).sort()).toEqual([...SHIPPED_LANGUAGES].sort());
    expect(projector.agendas[0]!.language).toBe('en');
    for (const agenda of projector.agendas) {
      expect(shape(agenda)).toEqual(shape(console.agenda!));
      expect(agenda.forPairs).toBeUndefined();
      expect(agenda.guide).toBeUndefined();
    }
    expect(projector.publicView!.projectorLanguages).toEqual(['en']);
    expect(await console.send({ type: 'session.setProjectorLanguages', languages: ['es', 'en'] })).toMatchObject({ ok: true });
    await projector.until((d) => d.publicView?.projectorLanguages.join() === 'es,en', 5000, 'both languages');
    expect(await console.send({ type: 'session.setProjectorLanguages', languages: ['es'] })).toMatchObject({ ok: true });
    await projector.until((d) => d.publicView?.projectorLanguages.join() === 'es', 5000, 'Spanish alone');
  });

  it('counts a poll\'s ballots by option id, whatever language each phone reads it in', async () => {
    const fresh = await aSession(server, { planId: 'taster', body: { minGroupSize: 2 } });
    const facilitator = track(await facilitatorDevice(server, fresh));
    const spanish = track(await pairDevice(server, (await joinIn(server, fresh.code, 'Las Águilas', 'es')).body));
    const english = track(await pairDevice(server, await aPair(server, fresh.code, 'The Eagles')));
    for (const d of [facilitator, spanish, english]) await d.until((c) => c.agenda !== null && c.publicView !== null, 5000, 'agenda');
    expect(spanish.agenda!.language).toBe('es');
    const poll = segmentOfKind(facilitator.agenda!, 'poll', (p: PollSegment) => p.poll.type === 'single');
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    const option = poll.poll.options[0]!.id;
    const ok = async (device: DeviceClient, command: Record<string, unknown>) => expect(await device.send(command)).toMatchObject<Partial<CommandAck>>({ ok: true });
    await ok(facilitator, { type: 'session.start' });
    await ok(facilitator, { type: 'segment.goto', segmentId: poll.id });
    await ok(facilitator, { type: 'poll.open', pollId: poll.id });
    const role = poll.voter === 'pair' ? {} : { role: 'mother' };
    for (const device of [spanish, english]) await ok(device, { type: 'vote.cast', pollId: poll.id, ...role, choice: { type: 'single', optionId: option } });
    await ok(facilitator, { type: 'poll.close', pollId: poll.id });
    await ok(facilitator, { type: 'poll.reveal', pollId: poll.id });
    await spanish.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.results !== null, 5000, 'results');
    const step = spanish.publicView!.step;
    if (step.kind !== 'poll' || !step.results) throw new Error('unreachable');
    const group = step.results.audience === 'everyone' ? step.results.everyone : step.results.mother;
    expect(group).toMatchObject({ status: 'shown', tally: { type: 'single', ballotCount: 2 } });
    if (group.status !== 'shown' || group.tally.type !== 'single') throw new Error('unreachable');
    expect(group.tally.options.find((o) => o.optionId === option)?.count).toBe(2);
    // Each phone labels the same option id from its own agenda.
    const label = (agenda: Agenda) => {
      const segment = segmentOfKind(agenda, 'poll', (p) => p.id === poll.id);
      return segment.poll.type === 'single' ? segment.poll.options.find((o) => o.id === option)?.label : undefined;
    };
    expect(label(spanish.agenda!)).toEqual(expect.any(String));
    expect(label(english.agenda!)).toEqual(expect.any(String));
  });

  it('gives a Spanish phone its Spanish agenda again after a restart, from the session\'s settings', async () => {
    const phone = devices.find((d) => d.agenda?.language === 'es' && d.pairView?.language === 'es' && d.socket.connected)!;
    expect(phone).toBeDefined();
    const seen = phone.agendas.length;
    server = await server.restart();
    await phone.until((d) => d.socket.connected && d.agendas.length > seen, 15_000, 'the agenda after the restart');
    expect(phone.agenda!.language).toBe('es');
    expect(shape(phone.agenda!)).toEqual(shape(console.agenda!));
    expect(server.app.get(SessionAgendas).cachedCount).toBeGreaterThan(0);
  });
});
