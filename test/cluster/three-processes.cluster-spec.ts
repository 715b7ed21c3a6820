import type { DeviceClient} from '../../apps/api/src/test-support/clients';
import { connectDevice, HttpClient } from '../../apps/api/src/test-support/clients';
import { segmentOfKind } from '../../apps/api/src/test-support/agenda-helpers';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';

/** The pid that logged "session owned" for a session: the process running its timers. */
function ownerOf(processes: ServerProcess[], sessionId: string): ServerProcess | undefined {
  for (const p of processes) {
    for (const line of p.output().split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { msg?: string; sessionId?: string; pid?: number };
      if (entry.msg === 'session owned' && entry.sessionId === sessionId && entry.pid === p.child.pid) return p;
    }
  }
  return undefined;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('three API processes on one PostgreSQL and Redis', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const processes: ServerProcess[] = [];
  const devices: DeviceClient[] = [];

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) throw new Error('The cluster test needs DATABASE_URL (a real PostgreSQL shared by the processes).');
    db = await freshDatabaseEnv();
    for (let i = 0; i < 3; i++) processes.push(await startServerProcess({ ...db.env, REDIS_URL, LOG_LEVEL: process.env.KINDRED_DEBUG_CLUSTER ? 'debug' : 'info' }));
  });
  afterAll(async () => {
    if (process.env.KINDRED_DEBUG_CLUSTER) for (const p of processes) console.log(p.port, p.output().split('\n').filter((l) => !l.includes('"http"')).join('\n'));
    for (const d of devices) d.close();
    for (const p of processes) await p.stop().catch(() => undefined);
    await db?.drop();
  });

  it('fans out every change, counts votes once and survives the timer owner’s kill -9', async () => {
    const [p1, p2, p3] = processes as [ServerProcess, ServerProcess, ServerProcess];
    const http = new HttpClient(p1.url);
    await http.post('/api/auth/signup', { email: `cluster-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Ada' });
    const created = await http.post<{ id: string; code: string }>('/api/sessions', { title: 'Cluster evening', planId: 'taster', language: 'en', ageBand: 'teen' });
    expect(created.status).toBe(201);
    const sessionId = created.body.id;
    let facilitator = await connectDevice(p1.url, { role: 'facilitator', sessionId }, http.cookieHeader);
    devices.push(facilitator);

    // Two pairs join through the second process, two through the third.
    const pairs: { token: string; home: ServerProcess; device: DeviceClient }[] = [];
    for (const [i, home] of [p2, p2, p3, p3].entries()) {
      const joined = await new HttpClient(home.url).post<{ pairToken: string }>('/api/join', { code: created.body.code, pairName: `Family ${i + 1}` });
      expect(joined.status).toBe(201);
      const device = await connectDevice(home.url, { role: 'pair', pairToken: joined.body.pairToken, member: null });
      devices.push(device);
      pairs.push({ token: joined.body.pairToken, home, device });
    }
    await facilitator.until((f) => f.facilitatorView?.pairs.length === 4, 10_000, 'four pairs in the facilitator view');

    // Every change reaches every device, whichever process it is connected to.
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    const agenda = facilitator.agenda!;
    const poll = segmentOfKind(agenda, 'poll', (p) => p.poll.type === 'single' && p.audience === 'byRole');
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    // A private step: every phone hears it (its answer box opens from the public view); then
    // each pair answers through its own process, and its own view comes back with the
    // public one in one frame, whichever process the command ran on.
    const reveal = segmentOfKind(agenda, 'privateReveal', (s) => s.answer.type === 'text');
    const toReveal = await facilitator.send({ type: 'segment.goto', segmentId: reveal.id });
    if (!toReveal.ok) throw new Error(toReveal.message);
    for (const { device } of pairs) await device.until((d) => d.publicView?.position?.segmentId === reveal.id, 10_000, 'the private step on every device');
    for (const [i, { device }] of pairs.entries()) {
      const answered = await device.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: `Family ${i + 1} cooks` } });
      if (!answered.ok) throw new Error(answered.message);
      await device.until((d) => d.pairView?.privateAnswers.some((a) => a.segmentId === reveal.id && a.son.answered), 10_000, 'its own answer shown');
      expect(device.pairView).toMatchObject({ name: `Family ${i + 1}` });
      expect(device.received.filter((line) => line.startsWith('view.update ') && line.includes(`{"seq":${answered.seq},`))).toHaveLength(1);
    }
    // The room's count reaches every phone on every process; nobody's answer text does.
    for (const { device } of pairs) await device.until((d) => d.publicView?.step.kind === 'privateReveal' && d.publicView.step.answeredPairs === 4, 10_000, 'four pairs answered');
    for (const [i, { device }] of pairs.entries()) for (const [j] of pairs.entries()) if (i !== j) expect(device.received.join('\n')).not.toContain(`Family ${j + 1} cooks`);
    // No device got another pair's view.
    for (const [i, { device }] of pairs.entries()) for (const [j] of pairs.entries()) if (i !== j) expect(device.received.join('\n')).not.toContain(`"name":"Family ${j + 1}"`);
    expect(await facilitator.send({ type: 'segment.goto', segmentId: poll.id })).toMatchObject({ ok: true });
    for (const { device } of pairs) await device.until((d) => d.publicView?.position?.segmentId === poll.id, 10_000, 'segment change on every device');

    // Votes through two processes count once each, retries included.
    expect(await facilitator.send({ type: 'poll.open', pollId: poll.id })).toMatchObject({ ok: true });
    for (const { device } of pairs) {
      for (const role of ['mother', 'son'] as const) {
        const vote = { type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId: poll.poll.options[0]!.id } } as const;
        expect(await device.send(vote)).toMatchObject({ ok: true });
        expect(await device.send(vote)).toMatchObject({ ok: true });
      }
    }
    await facilitator.until((f) => f.facilitatorView?.polls.find((p) => p.pollId === poll.id)?.ballotCount === 8, 10_000, 'eight ballots on the console');
    for (const { device } of pairs) await device.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.ballotCount === 8, 10_000, 'count on every phone');

    // A short timer; then kill -9 the process that owns it.
    expect(await facilitator.send({ type: 'timer.start', segmentId: poll.id })).toMatchObject({ ok: true });
    await facilitator.until((f) => f.facilitatorView?.timer.status === 'running', 5000, 'timer running');
    const running = facilitator.facilitatorView!.timer;
    const shortenBy = running.status === 'running' ? running.endsAt - Date.now() - 4000 : 0;
    expect(await facilitator.send({ type: 'timer.adjust', segmentId: poll.id, deltaMs: -shortenBy })).toMatchObject({ ok: true });
    await facilitator.until((f) => f.facilitatorView?.timer.status === 'running' && f.facilitatorView.timer.endsAt - Date.now() < 5000, 5000, 'short timer');
    const timer = facilitator.facilitatorView!.timer;
    const endsAt = timer.status === 'running' ? timer.endsAt : 0;
    const owner = await waitFor(() => ownerOf(processes, sessionId), 10_000, 'an owner');
    await owner.kill();
    const survivors = processes.filter((p) => p !== owner);

    // Devices of the killed process come back through a surviving one.
    if (owner === p1) {
      facilitator.close();
      facilitator = await connectDevice(survivors[0]!.url, { role: 'facilitator', sessionId }, http.cookieHeader);
      devices.push(facilitator);
    }
    for (const pair of pairs.filter((p) => p.home === owner)) {
      pair.device.close();
      pair.device = await connectDevice(survivors[0]!.url, { role: 'pair', pairToken: pair.token, member: null });
      devices.push(pair.device);
    }

    // A surviving process takes the session over and the timer fires within 5 s of its deadline.
    await facilitator.until((f) => f.facilitatorView?.timer.status === 'expired', 12_000, 'timer expiry after the owner died');
    expect(Date.now() - endsAt).toBeLessThan(5000);
    for (const { device } of pairs) await device.until((d) => d.publicView?.timer.status === 'expired', 5000, 'expiry on every phone');

    // Nothing acknowledged was lost, and the session goes on.
    expect(facilitator.facilitatorView!.polls.find((p) => p.pollId === poll.id)?.ballotCount).toBe(8);
    expect(await facilitator.send({ type: 'poll.close', pollId: poll.id })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'poll.reveal', pollId: poll.id })).toMatchObject({ ok: true });
    for (const { device } of pairs) {
      await device.until((d) => d.publicView?.step.kind === 'poll' && d.publicView.step.results !== null, 5000, 'revealed results');
      const step = device.publicView!.step;
      expect(step.kind === 'poll' && step.results).toMatchObject({ mother: { status: 'shown' }, son: { status: 'shown' } });
    }
  });
});
