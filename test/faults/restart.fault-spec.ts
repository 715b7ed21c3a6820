import { randomUUID } from 'node:crypto';
import type { CommandAck, PairView, PublicView, TimerState } from '@kindred/session';
import { createSession, Facilitator, joinPairs, openSocket, singleChoiceByRolePoll, whenHello, type BenchSession, type KindredSocket } from '../load/lib/kindred';
import { mapLimit, sleep, summarize } from '../load/lib/stats';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/** 200 devices here; CI runs it smaller (FAULT_DEVICES=60). */
const DEVICES = Number(process.env.FAULT_DEVICES ?? 200);
const RESYNC_LIMIT_MS = 10_000;

/** A phone that reconnects by itself with the web app's backoff (1 s doubling to 5 s). */
class Phone {
  readonly socket: KindredSocket;
  publicView: PublicView | null = null;
  pairView: PairView | null = null;
  connects = 0;
  /** Set once, after the crash: when this phone got a fresh view of the right place. */
  resyncedAt: number | null = null;
  private expect: ((v: PublicView) => boolean) | null = null;
  private connectsAtCrash = 0;

  constructor(url: string, readonly pairToken: string) {
    this.socket = openSocket(url, { role: 'pair', pairToken, member: null }, null, { reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000 });
    this.socket.on('connect', () => this.connects++);
    this.socket.on('view.pair', (v) => (this.pairView = v));
    this.socket.on('view.public', (v) => this.onPublicView(v));
    this.socket.on('view.update', (update) => {
      this.pairView = update.own;
      this.onPublicView(update.public);
    });
  }

  private onPublicView(v: PublicView): void {
    this.publicView = v;
    if (this.expect && this.resyncedAt === null && this.connects > this.connectsAtCrash && this.expect(v)) this.resyncedAt = Date.now();
  }

  /** From now on, a view matching `expect` received over a new connection counts as resynced. */
  crashed(expect: (v: PublicView) => boolean): void {
    this.connectsAtCrash = this.connects;
    this.expect = expect;
  }

  close(): void {
    this.socket.disconnect();
  }
}

describe('kill -9 during a running timer and an open poll', () => {
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const phones: Phone[] = [];
  let facilitator: Facilitator | null = null;

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess({ ...db.env, LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    facilitator?.close();
    for (const p of phones) p.close();
    await server?.stop();
    await db?.drop();
  });

  it(`resyncs all ${DEVICES} devices within 10 s with the same timer, and loses no acknowledged vote`, async () => {
    const session: BenchSession = await createSession(server.url, 'full-workshop');
    const pairs = await joinPairs(server.url, session.code, DEVICES);
    facilitator = await Facilitator.connect(server.url, session, { reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000 });
    const f = facilitator;
    await f.must({ type: 'session.start' });
    const poll = singleChoiceByRolePoll(f.agenda!);
    const options = poll.poll.options.map((o) => o.id);
    await f.must({ type: 'segment.goto', segmentId: poll.id });
    await f.must({ type: 'poll.open', pollId: poll.id });
    await f.must({ type: 'timer.start', segmentId: poll.id });

    await mapLimit(pairs, 25, async (pair) => {
      const phone = new Phone(server.url, pair.pairToken);
      phones.push(phone);
      await whenHello(phone.socket);
    });
    await Promise.all(phones.map((p) => waitFor(() => p.publicView?.timer.status === 'running', 10_000, 'the running timer')));

    // Every mother votes within ~2 s; the server is killed in the middle of it.
    const choiceOf = (i: number) => options[i % options.length]!;
    const votes = phones.map((phone, i) => ({ phone, optionId: choiceOf(i), commandId: randomUUID(), ack: null as CommandAck | null, ackedBeforeCrash: false }));
    const sendVote = (v: (typeof votes)[number], timeoutMs: number) =>
      phoneSend(v.phone, { type: 'vote.cast', pollId: poll.id, role: 'mother', choice: { type: 'single', optionId: v.optionId }, commandId: v.commandId }, timeoutMs);
    const inFlight = votes.map(async (v, i) => {
      await sleep((i / votes.length) * 2000);
      v.ack = await sendVote(v, 20_000).catch(() => null);
    });
    await waitFor(() => votes.filter((v) => v.ack?.ok).length >= votes.length / 2, 10_000, 'half of the votes acknowledged');
    const timerBefore = f.view!.timer;
    expect(timerBefore.status).toBe('running');
    for (const v of votes) v.ackedBeforeCrash = v.ack?.ok === true;
    const killedAt = Date.now();
    await server.kill();
    for (const p of phones) p.crashed((view) => view.position?.segmentId === poll.id && sameTimer(view.timer, timerBefore));

    server = await startServerProcess({ ...db.env, LOG_LEVEL: 'warn' }, server.port);
    const upAt = Date.now();
    await waitFor(() => phones.every((p) => p.resyncedAt !== null), RESYNC_LIMIT_MS, 'every device resynced').catch(() => undefined);
    const resync = summarize(phones.filter((p) => p.resyncedAt !== null).map((p) => p.resyncedAt! - upAt));
    const resynced = phones.filter((p) => p.resyncedAt !== null && p.resyncedAt - upAt <= RESYNC_LIMIT_MS).length;
    const withinTenOfKill = phones.filter((p) => p.resyncedAt !== null && p.resyncedAt - killedAt <= 10_000).length;
    const report: string[] = [
      `${DEVICES} devices: server down ${upAt - killedAt} ms (kill -9 to healthy again)`,
      `resynced ${resynced}/${DEVICES} within ${RESYNC_LIMIT_MS / 1000} s of the restart (p50 ${resync.p50.toFixed(0)} ms, p99 ${resync.p99.toFixed(0)} ms, max ${resync.max.toFixed(0)} ms after healthy)`,
      `${withinTenOfKill}/${DEVICES} within 10 s of the kill itself`,
    ];
    console.log(report.join('; '));
    expect(resynced).toBe(DEVICES);
    for (const p of phones) expect(p.publicView?.timer).toEqual(timerBefore);

    // Votes in flight at the kill end one way or the other; then every acknowledged vote must be counted.
    await Promise.all(inFlight);
    await f.until((x) => x.socket.connected && x.view !== null, 10_000, 'facilitator back');
    await sleep(600); // one coalesced count update
    const acked = votes.filter((v) => v.ack?.ok);
    const counted = f.view!.polls.find((p) => p.pollId === poll.id)!;
    expect(counted.ballotCount).toBeGreaterThanOrEqual(acked.length);
    // Each device's own view says whether its vote is in: every acknowledged one is, with its choice.
    for (const p of phones) p.socket.emit('view.request');
    await sleep(500);
    const inViews = votes.filter((v) => voterOf(v.phone)?.voted);
    for (const v of acked) expect(voterOf(v.phone)).toMatchObject({ voted: true, choice: { type: 'single', optionId: v.optionId } });
    expect(counted.ballotCount).toBe(inViews.length);
    console.log(
      `votes: ${votes.filter((v) => v.ackedBeforeCrash).length} acknowledged before the kill, ${acked.length} once the dust settled, ` +
        `${inViews.length - acked.length} counted without an ack (sent just before the kill), ${votes.length - acked.length} retried`,
    );

    // Devices whose vote was not acknowledged retry it with the same commandId: every vote counts exactly once.
    await mapLimit(
      votes.filter((v) => !v.ack?.ok),
      50,
      async (v) => {
        v.ack = await sendVote(v, 10_000);
      },
    );
    expect(votes.filter((v) => !v.ack?.ok).map((v) => v.ack)).toEqual([]);
    await f.until((x) => x.view?.polls.find((p) => p.pollId === poll.id)?.ballotCount === DEVICES, 5000, 'all ballots').catch(() => undefined);
    expect(f.view!.polls.find((p) => p.pollId === poll.id)).toMatchObject({ ballotCount: DEVICES, roleCounts: { mother: DEVICES, son: 0 } });
    await f.must({ type: 'poll.reveal', pollId: poll.id });
    await f.until((x) => x.publicView?.step.kind === 'poll' && x.publicView.step.results !== null, 5000, 'results');
    const step = f.publicView!.step;
    const tally = step.kind === 'poll' && step.results?.audience === 'byRole' && step.results.mother.status === 'shown' ? step.results.mother.tally : null;
    const expected = options.map((optionId) => ({ optionId, count: votes.filter((v) => v.optionId === optionId).length }));
    expect(tally?.type === 'single' ? [...tally.options].sort((a, b) => a.optionId.localeCompare(b.optionId)) : null).toEqual(
      expected.sort((a, b) => a.optionId.localeCompare(b.optionId)),
    );

    function voterOf(phone: Phone) {
      const ballot = phone.pairView?.ballot;
      return ballot?.pollId === poll.id ? ballot.voters.find((x) => x.role === 'mother') : undefined;
    }
  });
});

/** Field by field: a timer restored from the log may list its keys in another order. */
function sameTimer(a: TimerState, b: TimerState): boolean {
  const fields = (t: TimerState) => [t.status, t.durationMs, 'endsAt' in t ? t.endsAt : null, 'remainingMs' in t ? t.remainingMs : null];
  return JSON.stringify(fields(a)) === JSON.stringify(fields(b));
}

function phoneSend(phone: Phone, command: Record<string, unknown>, timeoutMs: number): Promise<CommandAck> {
  return phone.socket.timeout(timeoutMs).emitWithAck('command', command as never);
}

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
