import type { PollSegment } from '@kindred/content';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aPair, aSession, facilitatorDevice, pairDevice, splitPair } from '../test-support/builders';
import { connectDevice, HttpClient, type DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/**
 * A pair on two phones, attacked from inside and out: the old shared token, a member
 * claimed in the handshake, a reconnect as the shared device, a device command sent
 * over the socket, stolen and reused phone codes. None of them may act, and no socket
 * other than the son's own phone may ever receive the son's unrevealed text or vote.
 */
describe('member devices against a hostile client', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];
  const track = <T extends DeviceClient>(d: T) => (open.push(d), d);

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterEach(() => {
    for (const d of open.splice(0)) d.close();
  });
  afterAll(async () => {
    await server.close();
  });

  const SON_SECRET = 'SON-ONLY: I miss when we used to cook together';
  const MOTHER_SECRET = 'MOTHER-ONLY: I am proud of how you handle school';

  async function pairAtRevealStep() {
    const session = await aSession(server, { planId: 'full-workshop' });
    const facilitator = track(await facilitatorDevice(server, session));
    const pair = await aPair(server, session.code, 'The Okafors');
    const shared = track(await pairDevice(server, pair));
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((c) => c.agenda !== null && c.facilitatorView?.phase === 'running');
    const agenda = facilitator.agenda!;
    const reveal = segmentOfKind(agenda, 'privateReveal', (s) => s.answer.type === 'text');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: reveal.id })).toMatchObject({ ok: true });
    await shared.until((d) => d.publicView?.position?.segmentId === reveal.id);
    return { session, facilitator, pair, shared, reveal, agenda };
  }

  async function codeFor(credential: string, body: Record<string, unknown>) {
    return new HttpClient(server.url).request<{ code: string; role: string; keep: { pairToken: string; member: string } | null }>('POST', '/api/pair-devices/code', body, {
      authorization: `Bearer ${credential}`,
    });
  }

  function redeem(code: string) {
    return new HttpClient(server.url).post<{ pairToken: string; member: string; code?: string }>('/api/pair-devices/redeem', { code });
  }

  async function refusal(auth: Record<string, unknown>): Promise<{ code: string; message: string }> {
    const attempt = connectDevice(server.url, auth).then(
      (d) => {
        track(d);
        throw new Error(`connected with ${JSON.stringify(Object.keys(auth))}`);
      },
      (error: { data: { code: string; message: string } }) => error.data,
    );
    return attempt;
  }

  it('splits on the second phone: the first device is told and moves to its member credential; each phone sees only its own text; the reveal needs both', async () => {
    const { pair, shared, reveal } = await pairAtRevealStep();
    const revoked = new Promise<{ code: string }>((resolve) => shared.socket.once('device.revoked', resolve));
    const split = await splitPair(server, pair, 'son');
    await expect(revoked).resolves.toMatchObject({ code: 'auth/pair-split' });
    await shared.until((d) => !d.socket.connected, 5000, 'the shared device to be disconnected');

    const mother = track(await pairDevice(server, pair, split.mother));
    const son = track(await pairDevice(server, pair, split.son));
    await mother.until((d) => d.memberView?.member === 'mother' && d.memberView.devices === 'split');
    await son.until((d) => d.memberView?.member === 'son');

    // Each member answers on their own phone, and only for themselves.
    expect(await son.send({ type: 'answer.submit', segmentId: reveal.id, role: 'mother', answer: { type: 'text', text: 'forged' } })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(await son.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: SON_SECRET } })).toMatchObject({ ok: true });
    expect(await mother.send({ type: 'answer.submit', segmentId: reveal.id, role: 'mother', answer: { type: 'text', text: MOTHER_SECRET } })).toMatchObject({ ok: true });
    await son.until((d) => JSON.stringify(d.memberView).includes(SON_SECRET));
    await mother.until((d) => d.memberView?.privateAnswers.find((a) => a.segmentId === reveal.id)?.son.answered === true);

    // The mother alone can't reveal: her tap is a confirmation, the son's second one reveals.
    expect(await mother.send({ type: 'answer.reveal', segmentId: reveal.id })).toMatchObject({ ok: true });
    await son.until((d) => d.memberView?.privateAnswers.find((a) => a.segmentId === reveal.id)?.ready.includes('mother'));
    expect(son.memberView!.privateAnswers.find((a) => a.segmentId === reveal.id)?.revealed).toBe(false);
    expect(mother.received.join('\n')).not.toContain(SON_SECRET);
    expect(son.received.join('\n')).not.toContain(MOTHER_SECRET);
    expect(shared.received.join('\n')).not.toContain(SON_SECRET);

    expect(await son.send({ type: 'answer.reveal', segmentId: reveal.id })).toMatchObject({ ok: true });
    await mother.until((d) => JSON.stringify(d.memberView).includes(SON_SECRET), 5000, 'the revealed answer on the mother phone');
    await son.until((d) => JSON.stringify(d.memberView).includes(MOTHER_SECRET));
  });

  it('refuses the old shared token after the split, over the socket and over HTTP, with a code that says what to do', async () => {
    const { pair, reveal } = await pairAtRevealStep();
    const split = await splitPair(server, pair, 'son');
    const son = track(await pairDevice(server, pair, split.son));
    await son.until((d) => d.memberView !== null);
    expect(await son.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: SON_SECRET } })).toMatchObject({ ok: true });

    const refused = await refusal({ role: 'pair', pairToken: pair.pairToken });
    expect(refused.code).toBe('auth/pair-split');
    expect(refused.message).toMatch(/one phone each/);
    // Nor can the old token make a code that would let another phone in as the son.
    const made = await codeFor(pair.pairToken, { role: 'son' });
    expect(made).toMatchObject({ status: 401, body: { code: 'auth/pair-split' } });
  });

  it('refuses a device that claims a member, whatever credential it holds', async () => {
    const { pair, reveal } = await pairAtRevealStep();
    // Before the split: the shared token claiming the son.
    expect((await refusal({ role: 'pair', pairToken: pair.pairToken, member: 'son' })).code).toBe('auth/forbidden');
    const split = await splitPair(server, pair, 'son');
    const son = track(await pairDevice(server, pair, split.son));
    await son.until((d) => d.memberView !== null);
    expect(await son.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: SON_SECRET } })).toMatchObject({ ok: true });
    // The mother's own credential claiming the son, and junk in the member field.
    expect((await refusal({ role: 'pair', pairToken: split.mother.pairToken, member: 'son' })).code).toBe('auth/forbidden');
    expect((await refusal({ role: 'pair', pairToken: split.mother.pairToken, member: { role: 'son' } })).code).toBe('auth/forbidden');
    // Her own phone connects as her, whatever it would like to be.
    const mother = track(await pairDevice(server, pair, split.mother));
    await mother.until((d) => d.memberView !== null);
    expect(mother.memberView!.member).toBe('mother');
    expect(mother.pairView).toBeNull();
    expect(mother.received.join('\n')).not.toContain(SON_SECRET);
  });

  it('never sends the son’s unrevealed text or vote to a socket that reconnects as the shared device', async () => {
    const { facilitator, pair, shared, agenda } = await pairAtRevealStep();
    const poll = segmentOfKind(agenda, 'poll', (p: PollSegment) => p.poll.type === 'single' && p.audience === 'byRole');
    const split = await splitPair(server, pair, 'son');
    await shared.until((d) => !d.socket.connected);
    const son = track(await pairDevice(server, pair, split.son));
    await son.until((d) => d.memberView !== null);
    expect(await facilitator.send({ type: 'segment.goto', segmentId: poll.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'poll.open', pollId: poll.id })).toMatchObject({ ok: true });
    await son.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.status === 'open');
    const sonChoice = poll.poll.type === 'single' ? poll.poll.options[1]!.id : '';
    expect(await son.send({ type: 'vote.cast', pollId: poll.id, choice: { type: 'single', optionId: sonChoice } })).toMatchObject({ ok: true });
    await son.until((d) => d.memberView?.ballot?.voters[0]?.choice !== null && d.memberView?.ballot?.voters[0]?.choice !== undefined);
    expect(son.memberView!.ballot!.voters).toEqual([{ role: 'son', voted: true, choice: { type: 'single', optionId: sonChoice } }]);

    // The old device reconnects on its own (socket.io) and by a fresh handshake: refused both times.
    shared.socket.connect();
    const again = await new Promise<Error & { data?: { code: string } }>((resolve) => shared.socket.once('connect_error', resolve));
    expect(again.data?.code).toBe('auth/pair-split');
    expect((await refusal({ role: 'pair', pairToken: pair.pairToken })).code).toBe('auth/pair-split');
    // The mother's phone votes as herself and sees her own ballot only.
    const mother = track(await pairDevice(server, pair, split.mother));
    await mother.until((d) => d.memberView !== null);
    // Before her own vote her view holds no ballot at all (the son's vote shows nowhere on it).
    expect(mother.memberView!.ballot).toBeNull();
    const motherChoice = poll.poll.type === 'single' ? poll.poll.options[0]!.id : '';
    expect(await mother.send({ type: 'vote.cast', pollId: poll.id, choice: { type: 'single', optionId: motherChoice } })).toMatchObject({ ok: true });
    await mother.until((d) => d.memberView?.ballot !== null && d.memberView?.ballot !== undefined);
    expect(mother.memberView!.ballot!.voters).toEqual([{ role: 'mother', voted: true, choice: { type: 'single', optionId: motherChoice } }]);
    for (const device of [shared, mother]) expect(device.received.join('\n')).not.toMatch(/"role":"son","voted":true,"choice":\{/);
  });

  it('refuses device commands sent over a socket: credentials are made only by the device routes', async () => {
    const { pair, shared } = await pairAtRevealStep();
    expect(await shared.send({ type: 'devices.add', role: 'son', credential: 'mine', keep: 'also-mine' })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(await shared.send({ type: 'devices.merge', credential: 'mine' })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    // Nothing changed: the shared device still works.
    expect((await codeFor(pair.pairToken, { role: 'son' })).status).toBe(201);
  });

  it('uses a phone code once, and only the newest code of a pair; wrong codes get a code, not a hint', async () => {
    const { pair } = await pairAtRevealStep();
    const first = await codeFor(pair.pairToken, { role: 'son' });
    const second = await codeFor(pair.pairToken, { role: 'son' });
    expect(first.body.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await redeem(first.body.code)).toMatchObject({ status: 404, body: { code: 'devices/code-unknown' } });
    expect(await redeem('AAAA-BBBB')).toMatchObject({ status: 404, body: { code: 'devices/code-unknown' } });
    expect(await redeem('not a code at all')).toMatchObject({ status: 404, body: { code: 'devices/code-unknown' } });
    const used = await redeem(second.body.code.toLowerCase().replace(/(.{4})/, '$1-'));
    expect(used).toMatchObject({ status: 200, body: { member: 'son' } });
    expect(await redeem(second.body.code)).toMatchObject({ status: 404, body: { code: 'devices/code-unknown' } });
  });

  it('replaces a lost phone: the old phone is cut off and the new one learns nothing the old one wrote', async () => {
    const { pair, reveal } = await pairAtRevealStep();
    const split = await splitPair(server, pair, 'son');
    const lost = track(await pairDevice(server, pair, split.son));
    await lost.until((d) => d.memberView !== null);
    expect(await lost.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: SON_SECRET } })).toMatchObject({ ok: true });

    // The son can't hand out his own member's place; the mother's phone can make a code for him.
    expect(await codeFor(split.son.pairToken, { role: 'son' })).toMatchObject({ status: 400, body: { code: 'devices/own-role' } });
    const made = await codeFor(split.mother.pairToken, {});
    expect(made).toMatchObject({ status: 201, body: { role: 'son', keep: null } });
    const revoked = new Promise<{ code: string }>((resolve) => lost.socket.once('device.revoked', resolve));
    const replacement = await redeem(made.body.code);
    expect(replacement).toMatchObject({ status: 200, body: { member: 'son' } });
    await expect(revoked).resolves.toMatchObject({ code: 'auth/device-replaced' });
    await lost.until((d) => !d.socket.connected);
    expect((await refusal({ role: 'pair', pairToken: split.son.pairToken })).code).toBe('auth/device-replaced');

    const newPhone = track(await pairDevice(server, pair, { pairToken: replacement.body.pairToken }));
    await newPhone.until((d) => d.memberView !== null);
    expect(newPhone.memberView!.privateAnswers.find((a) => a.segmentId === reveal.id)?.son).toEqual({ answered: false });
    expect(newPhone.received.join('\n')).not.toContain(SON_SECRET);
  });

  it('merges back only when both members ask, and the merged phone reads no unrevealed text', async () => {
    const { pair, reveal } = await pairAtRevealStep();
    const split = await splitPair(server, pair, 'son');
    const son = track(await pairDevice(server, pair, split.son));
    const mother = track(await pairDevice(server, pair, split.mother));
    await son.until((d) => d.memberView !== null);
    expect(await son.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: SON_SECRET } })).toMatchObject({ ok: true });
    const merge = (credential: string) => new HttpClient(server.url).request<{ merged: boolean; pairToken?: string }>('POST', '/api/pair-devices/merge', {}, { authorization: `Bearer ${credential}` });

    expect(await merge(split.mother.pairToken)).toMatchObject({ status: 200, body: { merged: false } });
    expect(await merge(pair.pairToken)).toMatchObject({ status: 401, body: { code: 'auth/pair-split' } });
    await son.until((d) => d.memberView?.mergeAsked.includes('mother'));
    const revoked = new Promise<{ code: string }>((resolve) => son.socket.once('device.revoked', resolve));
    const done = await merge(split.mother.pairToken);
    expect(done.body).toEqual({ merged: false }); // asking twice changes nothing
    const merged = await merge(split.son.pairToken);
    expect(merged).toMatchObject({ status: 200, body: { merged: true } });
    await expect(revoked).resolves.toMatchObject({ code: 'auth/pair-merged' });
    await mother.until((d) => !d.socket.connected);

    const sharedAgain = track(await pairDevice(server, pair, { pairToken: merged.body.pairToken! }));
    await sharedAgain.until((d) => d.pairView !== null);
    expect(sharedAgain.pairView!.privateAnswers.find((a) => a.segmentId === reveal.id)?.son).toEqual({ answered: true, answer: null });
    expect(sharedAgain.received.join('\n')).not.toContain(SON_SECRET);
    // Neither the first join token nor the member phones work any more.
    for (const token of [pair.pairToken, split.mother.pairToken, split.son.pairToken]) {
      expect(['auth/device-replaced', 'auth/pair-merged']).toContain((await refusal({ role: 'pair', pairToken: token })).code);
    }
  });

  it('keeps a pair that never adds a phone working exactly as before', async () => {
    const { pair, shared, reveal } = await pairAtRevealStep();
    expect(await shared.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: 'S' } })).toMatchObject({ ok: true });
    expect(await shared.send({ type: 'answer.submit', segmentId: reveal.id, role: 'mother', answer: { type: 'text', text: 'M' } })).toMatchObject({ ok: true });
    expect(await shared.send({ type: 'answer.reveal', segmentId: reveal.id })).toMatchObject({ ok: true });
    await shared.until((d) => d.pairView?.privateAnswers.find((a) => a.segmentId === reveal.id)?.revealed === true);
    expect(shared.pairView).toMatchObject({ pairId: pair.pairId, member: null, devices: 'shared' });
  });
});
