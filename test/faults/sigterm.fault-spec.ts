import { randomUUID } from 'node:crypto';
import type { CommandAck } from '@kindred/session';
import { createSession, Facilitator, singleChoiceByRolePoll } from '../load/lib/kindred';
import { mapLimit } from '../load/lib/stats';
import type { ServerProcess } from '../support/server-process';
import { Cluster, needsRealServices, Phone } from './lib/cluster';

const GRACE_MS = 10_000;
/** 100 pairs (200 votes) is enough for some votes to be answered `server/unavailable`; the full scale is 200. */
const PAIRS = Number(process.env.FAULT_BURST_PAIRS ?? 100);

/**
 * SIGTERM in the middle of a burst of votes: every command in flight is answered before
 * the process exits (saved and acknowledged, or `server/unavailable`), the devices are
 * told to reconnect, the process exits within its grace time, and the retries (same
 * commandId, through the other process) leave exactly one ballot per voter.
 */
(needsRealServices() ? describe : describe.skip)('SIGTERM during a burst', () => {
  let cluster: Cluster;
  const phones: Phone[] = [];
  let facilitator: Facilitator | null = null;

  beforeAll(async () => {
    cluster = await Cluster.start(2, { SHUTDOWN_GRACE_MS: String(GRACE_MS) });
  });
  afterAll(async () => {
    facilitator?.close();
    for (const p of phones) p.close();
    await cluster?.close();
  });

  it(`answers every one of ${PAIRS * 2} votes in flight, exits within ${GRACE_MS / 1000} s, loses and doubles none`, async () => {
    const [p1, p2] = cluster.processes as [ServerProcess, ServerProcess];
    const session = await createSession(p1.url, 'full-workshop');
    const tokens = await mapLimit(
      Array.from({ length: PAIRS }, (_, i) => i),
      10,
      async (i) => {
        const res = await fetch(`${p2.url}/api/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: session.code, pairName: `Pair ${i + 1}`, members: { mother: 'Mum', son: 'Son' } }),
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { pairToken: string }).pairToken;
      },
    );
    facilitator = await Facilitator.connect(p1.url, session, { reconnection: true });
    await facilitator.must({ type: 'session.start' });
    const poll = singleChoiceByRolePoll(facilitator.agenda!);
    await facilitator.must({ type: 'segment.goto', segmentId: poll.id });
    await facilitator.must({ type: 'poll.open', pollId: poll.id });
    phones.push(...(await mapLimit(tokens, 10, (pairToken) => Phone.connect(p2.url, { role: 'pair', pairToken, member: null }))));

    // Every mother and son votes at once; the process they talk to gets SIGTERM right after.
    const votes = phones.flatMap((phone, i) =>
      (['mother', 'son'] as const).map((role) => ({
        phone,
        pairToken: tokens[i]!,
        command: { type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId: poll.poll.options[i % poll.poll.options.length]!.id }, commandId: randomUUID() },
        ack: null as CommandAck | null,
      })),
    );
    const answered = votes.map((v) =>
      v.phone.socket
        .timeout(GRACE_MS + 5000)
        .emitWithAck('command', v.command as never)
        .then((ack: CommandAck) => (v.ack = ack))
        .catch(() => null),
    );
    const exited = new Promise<number | null>((resolve) => p2.child.once('exit', (code) => resolve(code)));
    const signalledAt = Date.now();
    p2.child.kill('SIGTERM');
    const exitCode = await exited;
    const exitMs = Date.now() - signalledAt;
    await Promise.all(answered);

    const ok = votes.filter((v) => v.ack?.ok).length;
    const retryable = votes.filter((v) => v.ack && !v.ack.ok && v.ack.code === 'server/unavailable').length;
    expect(votes.filter((v) => !v.ack).length).toBe(0); // nobody left waiting
    expect(ok + retryable).toBe(votes.length);
    expect(exitCode).toBe(0);
    // The process's own deadline is the grace time; allow the exit a moment to reach us on a busy machine.
    expect(exitMs).toBeLessThan(GRACE_MS + 500);
    // Told to reconnect (a closed transport), not sent away for good.
    for (const phone of phones) expect(phone.disconnectReasons[0]).toBe('transport close');

    // Nothing acknowledged lost...
    const count = async () => (await cluster.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ballots WHERE session_id = $1 AND poll_id = $2`, [session.id, poll.id]))[0]!.n;
    const storedAtExit = await count();
    expect(storedAtExit).toBeGreaterThanOrEqual(ok);
    // ...and the retries, through the other process with the same commandIds, count once each.
    const retries = votes.filter((v) => !v.ack?.ok);
    const retryPhones = new Map<string, Phone>();
    for (const v of retries) {
      if (!retryPhones.has(v.pairToken)) retryPhones.set(v.pairToken, await Phone.connect(p1.url, { role: 'pair', pairToken: v.pairToken, member: null }));
    }
    phones.push(...retryPhones.values());
    const retried = await Promise.all(retries.map((v) => retryPhones.get(v.pairToken)!.socket.timeout(10_000).emitWithAck('command', v.command as never)));
    expect(retried.filter((a: CommandAck) => !a.ok)).toEqual([]);
    expect(await count()).toBe(votes.length);
    const byRole = await cluster.sql<{ role: string; n: number }>(`SELECT role, count(*)::int AS n FROM ballots WHERE session_id = $1 GROUP BY role ORDER BY role`, [session.id]);
    expect(byRole).toEqual([
      { role: 'mother', n: PAIRS },
      { role: 'son', n: PAIRS },
    ]);
    const drained = cluster.logLines(p2, 'drained')[0];
    console.log(
      `SIGTERM during ${votes.length} votes: ${ok} acknowledged, ${retryable} answered server/unavailable, 0 unanswered; exit ${exitCode} after ${exitMs} ms ` +
        `(drain ${String(drained?.ms)} ms, ${String(drained?.abandoned)} abandoned); ${storedAtExit} stored at exit, ${votes.length} after retries`,
    );
  });
});
