import type { PollSegment } from '@kindred/content';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aFacilitator, aPair, aSession, facilitatorDevice, pairDevice, projectorDevice } from '../test-support/builders';
import { connectDevice, type DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { SessionStore } from './session-store';

/** A single-choice poll that mothers and sons answer separately (the curriculum's most common kind). */
const singleByRole = (p: PollSegment) => p.poll.type === 'single' && p.audience === 'byRole';
const ROLES = ['mother', 'son'] as const;

describe('a live session through the protocol', () => {
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

  async function runningSession(pairCount: number, planId = 'full-workshop') {
    const session = await aSession(server, { planId });
    const facilitator = track(await facilitatorDevice(server, session));
    const pairs = [];
    for (let i = 0; i < pairCount; i++) {
      const pair = await aPair(server, session.code, `Pair ${String.fromCharCode(65 + i)}`);
      pairs.push({ pair, device: track(await pairDevice(server, pair)) });
    }
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((c) => c.facilitatorView?.phase === 'running' && c.agenda !== null);
    return { session, facilitator, pairs, agenda: facilitator.agenda! };
  }

  it('tells the console server/conflict when another writer keeps changing the session under its command', async () => {
    const { session, facilitator } = await runningSession(1);
    const store = server.app.get(SessionStore);
    const commit = store.commit.bind(store);
    // Another writer (a second console tab served by another process) lands a real
    // entry in the log just before each of our writes, so every write loses the race.
    let locked = false;
    const spy = jest.spyOn(store, 'commit').mockImplementation(async (sessionId, expectedSeq, write) => {
      locked = !locked;
      await commit(sessionId, await store.lastSeq(sessionId), { events: [{ type: locked ? 'RoomLocked' : 'RoomUnlocked', at: Date.now() }], ballots: [], commandId: null });
      return commit(sessionId, expectedSeq, write);
    });
    try {
      expect(await facilitator.send({ type: 'session.lock' })).toEqual({ ok: false, code: 'server/conflict', message: expect.stringContaining('at the same moment') });
    } finally {
      spy.mockRestore();
    }
    // Once the race is over (the other writer left the room unlocked), the same command goes through.
    expect(await facilitator.send({ type: 'session.lock' })).toMatchObject({ ok: true });
    await facilitator.until((f) => f.facilitatorView?.sessionId === session.id && f.facilitatorView.locked);
  });

  it('runs timers, a private reveal, a poll with k and a commitment, then ends', async () => {
    const { facilitator, pairs, agenda } = await runningSession(3);
    const [a, b, c] = pairs as [(typeof pairs)[0], (typeof pairs)[0], (typeof pairs)[0]];

    // Pair talk with a running timer that pauses, extends and resumes.
    const talk = segmentOfKind(agenda, 'pairTalk');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: talk.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'timer.start', segmentId: talk.id })).toMatchObject({ ok: true });
    await a.device.until((d) => d.publicView?.timer.status === 'running');
    const running = a.device.publicView!.timer;
    expect(running.status === 'running' && running.endsAt - Date.now()).toBeGreaterThan(talk.durationSec * 1000 - 2000);
    expect(await facilitator.send({ type: 'timer.pause', segmentId: talk.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'timer.adjust', segmentId: talk.id, deltaMs: 60_000 })).toMatchObject({ ok: true });
    await a.device.until((d) => d.publicView?.timer.status === 'paused' && d.publicView.timer.remainingMs > talk.durationSec * 1000);
    const paused = a.device.publicView!.timer;
    expect(paused.status === 'paused' && paused.remainingMs).toBeGreaterThan(talk.durationSec * 1000 + 55_000);
    expect(await facilitator.send({ type: 'timer.resume', segmentId: talk.id })).toMatchObject({ ok: true });

    // Private answer and reveal: the text reaches only its own pair.
    const reveal = segmentOfKind(agenda, 'privateReveal', (s) => s.answer.type === 'text');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: reveal.id })).toMatchObject({ ok: true });
    const secretMother = 'I worry when you go quiet after school';
    const secretSon = 'I like it when we cook pancakes on Sunday';
    // The answer box opens with the public view (the pair's own view has nothing of the step until someone answers).
    await a.device.until((d) => d.publicView?.position?.segmentId === reveal.id);
    expect(await a.device.send({ type: 'answer.submit', segmentId: reveal.id, role: 'mother', answer: { type: 'text', text: secretMother } })).toMatchObject({ ok: true });
    expect(await a.device.send({ type: 'answer.reveal', segmentId: reveal.id })).toMatchObject({ ok: false, code: 'session/reveal-not-ready' });
    expect(await a.device.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: secretSon } })).toMatchObject({ ok: true });
    expect(await a.device.send({ type: 'answer.reveal', segmentId: reveal.id })).toMatchObject({ ok: true });
    await a.device.until((d) => d.pairView?.privateAnswers.find((p) => p.segmentId === reveal.id)?.revealed === true);
    expect(JSON.stringify(a.device.pairView)).toContain(secretSon);
    await facilitator.until((f) => f.facilitatorView?.privateSteps.some((s) => s.segmentId === reveal.id && s.revealedPairs === 1));

    // A poll split by role: each role held back below k; the four ballots show together (a small room).
    const poll = segmentOfKind(agenda, 'poll', singleByRole);
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    const [first, second] = poll.poll.options;
    expect(await facilitator.send({ type: 'segment.goto', segmentId: poll.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'poll.open', pollId: poll.id })).toMatchObject({ ok: true });
    for (const role of ROLES) {
      expect(await a.device.send({ type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId: first!.id } })).toMatchObject({ ok: true });
      expect(await b.device.send({ type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId: second!.id } })).toMatchObject({ ok: true });
    }
    expect(await facilitator.send({ type: 'poll.close', pollId: poll.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'poll.reveal', pollId: poll.id })).toMatchObject({ ok: true });
    await c.device.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.results !== null);
    const below = c.device.publicView!.step;
    expect(below.kind === 'poll' && below.results).toMatchObject({
      audience: 'byRole',
      mother: { status: 'not-enough-answers', needed: 3 },
      son: { status: 'not-enough-answers', needed: 3 },
      combined: { status: 'shown', tally: { type: 'single', ballotCount: 4 } },
    });
    expect(await c.device.send({ type: 'vote.cast', pollId: poll.id, role: 'son', choice: { type: 'single', optionId: first!.id } })).toMatchObject({
      ok: false,
      code: 'session/poll-closed',
    });

    // Commitments, then the end.
    const commitment = segmentOfKind(agenda, 'commitment');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: commitment.id })).toMatchObject({ ok: true });
    expect(await b.device.send({ type: 'commitment.save', segmentId: commitment.id, text: 'Walk the dog together on Thursday' })).toMatchObject({ ok: true });
    await b.device.until((d) => d.pairView?.commitments.some((x) => x.text === 'Walk the dog together on Thursday'));
    expect(await facilitator.send({ type: 'session.end' })).toMatchObject({ ok: true });
    await a.device.until((d) => d.publicView?.phase === 'ended');
    // Every device hears the end once, with the seq of the log entry that ended it.
    for (const device of [a.device, b.device, c.device, facilitator]) await device.until((d) => d.ended !== null, 5000, 'session.ended');
    expect(a.device.ended).toEqual({ sessionId: facilitator.facilitatorView!.sessionId, endedAt: expect.any(Number), seq: a.device.publicView!.seq });
    // A phone that comes back after the end hears it too.
    const late = track(await pairDevice(server, a.pair));
    await late.until((d) => d.ended !== null, 5000, 'session.ended on reconnect');

    // Nothing private reached another pair, the facilitator or the projector.
    for (const other of [b.device, c.device, facilitator]) {
      const all = other.received.join('\n');
      expect(all).not.toContain(secretMother);
      expect(all).not.toContain(secretSon);
    }
    expect([a.device, c.device, facilitator].map((d) => d.received.join('\n')).join('\n')).not.toContain('Walk the dog together on Thursday');
    // No private text or token reached the logs.
    const logs = server.logLines.join('\n');
    for (const secret of [secretMother, secretSon, 'Walk the dog together on Thursday', a.pair.pairToken]) expect(logs).not.toContain(secret);
  });

  it('shows poll results once k pairs voted, and counts a repeated vote once', async () => {
    const { session, facilitator, pairs, agenda } = await runningSession(3);
    const projector = track(await projectorDevice(server, session));
    const poll = segmentOfKind(agenda, 'poll', singleByRole);
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    const optionA = poll.poll.options[0]!.id;
    const optionB = poll.poll.options[1]!.id;
    await facilitator.send({ type: 'segment.goto', segmentId: poll.id });
    await facilitator.send({ type: 'poll.open', pollId: poll.id });
    const vote = (role: 'mother' | 'son', optionId: string) => ({ type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId } }) as const;
    // The same device sends the son's vote three times (a flaky network retrying).
    for (let i = 0; i < 3; i++) expect(await pairs[0]!.device.send(vote('son', optionA))).toMatchObject({ ok: true });
    await facilitator.until((f) => f.facilitatorView?.polls.find((p) => p.pollId === poll.id)?.ballotCount === 1, 5000, 'one ballot');
    for (const { device } of pairs) expect(await device.send(vote('mother', optionB))).toMatchObject({ ok: true });
    for (const { device } of pairs.slice(1)) expect(await device.send(vote('son', optionA))).toMatchObject({ ok: true });
    await facilitator.until((f) => f.facilitatorView?.polls.find((p) => p.pollId === poll.id)?.ballotCount === 6, 5000, 'six ballots');
    const rows = await server.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ballots WHERE session_id = $1 AND poll_id = $2`, [session.id, poll.id]);
    expect(Number(rows[0]!.n)).toBe(6);
    await facilitator.send({ type: 'poll.close', pollId: poll.id });
    await facilitator.send({ type: 'poll.reveal', pollId: poll.id });
    await pairs[2]!.device.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.results !== null);
    const step = pairs[2]!.device.publicView!.step;
    expect(step.kind === 'poll' && step.results).toMatchObject({
      mother: { status: 'shown', tally: { type: 'single', ballotCount: 3, options: expect.arrayContaining([{ optionId: optionB, count: 3 }]) } },
      son: { status: 'shown', tally: { type: 'single', ballotCount: 3, options: expect.arrayContaining([{ optionId: optionA, count: 3 }]) } },
    });
    await projector.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.results?.audience === 'byRole');
    expect(projector.publicView!.step).toEqual(step);
    // The stored ballots name no pair.
    const stored = JSON.stringify(await server.dataSource.query(`SELECT * FROM ballots WHERE session_id = $1`, [session.id]));
    for (const { pair } of pairs) expect(stored).not.toContain(pair.pairId);
  });

  it('rejects facilitator commands from a pair and keeps facilitators out of each other’s sessions', async () => {
    const { session, pairs, agenda } = await runningSession(1);
    const talk = segmentOfKind(agenda, 'pairTalk');
    for (const cmd of [{ type: 'segment.goto', segmentId: talk.id }, { type: 'session.end' }, { type: 'timer.start', segmentId: talk.id }]) {
      expect(await pairs[0]!.device.send(cmd)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    }
    const intruder = await aFacilitator(server, 'Someone else');
    expect((await intruder.http.get(`/api/sessions/${session.id}`)).status).toBe(404);
    expect((await intruder.http.post(`/api/sessions/${session.id}/projector-link`)).status).toBe(404);
    await expect(connectDevice(server.url, { role: 'facilitator', sessionId: session.id }, intruder.http.cookieHeader)).rejects.toMatchObject({
      data: { code: 'auth/forbidden' },
    });
    await expect(connectDevice(server.url, { role: 'pair', pairToken: 'x'.repeat(43), member: null })).rejects.toMatchObject({
      data: { code: 'auth/unknown-pair' },
    });
    await expect(connectDevice(server.url, { role: 'projector', sessionId: session.id, projectorToken: 'y'.repeat(43) })).rejects.toMatchObject({
      data: { code: 'auth/unauthenticated' },
    });
  });

  it('answers malformed, oversized and unknown payloads with error codes and keeps serving everyone', async () => {
    const { facilitator, pairs, agenda } = await runningSession(2);
    const bad = pairs[0]!.device;
    const cases: [unknown, string][] = [
      [{ type: 'no.such.command' }, 'payload/unknown-command'],
      [{ type: 'vote.cast', pollId: 42 }, 'payload/invalid'],
      ['just a string', 'payload/unknown-command'],
      [null, 'payload/unknown-command'],
      [{ type: 'commitment.save', segmentId: 'x', text: 'a'.repeat(20_000) }, 'payload/too-large'],
      [{ type: 'pair.rename', name: 'ok', commandId: 'not-a-uuid' }, 'payload/invalid'],
    ];
    for (const [payload, code] of cases) expect(await bad.send(payload as never)).toMatchObject({ ok: false, code });
    // The others are served as before.
    const talk = segmentOfKind(agenda, 'pairTalk');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: talk.id })).toMatchObject({ ok: true });
    await pairs[1]!.device.until((d) => d.publicView?.position?.segmentId === talk.id);
    expect(bad.socket.connected).toBe(true);
  });

  it('applies a retried command once (same commandId)', async () => {
    const { facilitator, agenda } = await runningSession(0);
    const talk = segmentOfKind(agenda, 'pairTalk');
    await facilitator.send({ type: 'segment.goto', segmentId: talk.id });
    await facilitator.send({ type: 'timer.start', segmentId: talk.id });
    await facilitator.send({ type: 'timer.pause', segmentId: talk.id });
    const commandId = '3f0f0a8e-7a4c-4a57-9f49-2f7b5f3b9a11';
    const adjust = { type: 'timer.adjust', segmentId: talk.id, deltaMs: 60_000, commandId };
    const first = await facilitator.send(adjust);
    expect(first).toMatchObject({ ok: true });
    expect(await facilitator.send(adjust)).toMatchObject({ ok: true });
    // The ack can overtake the view it caused: wait for the view of the adjustment's seq.
    const seq = first.ok ? first.seq : Infinity;
    await facilitator.until((f) => (f.facilitatorView?.seq ?? 0) >= seq);
    const timer = facilitator.facilitatorView!.timer;
    expect(timer.status === 'paused' && timer.remainingMs).toBeLessThanOrEqual(talk.durationSec * 1000 + 60_000);
    expect(timer.status === 'paused' && timer.remainingMs).toBeGreaterThan(talk.durationSec * 1000 + 50_000);
  });
});
