import { randomUUID } from 'node:crypto';
import type { CommandAck } from '@kindred/session';
import { allSegments, createSession, Facilitator, singleChoiceByRolePoll, type BenchSession } from '../load/lib/kindred';
import { mapLimit, sleep } from '../load/lib/stats';
import { Cluster, needsRealServices, OUTAGE_MS, PAIRS, Phone, slowestToSee } from './lib/cluster';

const SEE_WITHIN_MS = 5000;

/**
 * Redis cut, then blackholed, under a 2-process cluster with pairs voting and the
 * facilitator changing steps: both processes stay up, every device sees each change
 * within 5 s during the outage (each process reads PostgreSQL while Redis is away),
 * the timer fires once, every acknowledged vote is stored, and fan-out comes back by itself.
 */
(needsRealServices() ? describe : describe.skip)('Redis goes away under a 2-process cluster', () => {
  let cluster: Cluster;
  let session: BenchSession;
  let facilitator: Facilitator;
  const phones: Phone[] = [];
  const report: string[] = [];

  beforeAll(async () => {
    cluster = await Cluster.start(2);
    const [p1, p2] = cluster.processes as [NonNullable<(typeof cluster.processes)[0]>, NonNullable<(typeof cluster.processes)[1]>];
    session = await createSession(p1.url, 'full-workshop');
    // Half the pairs join through each process, all at once (the two race for the session's
    // log: each must retry its seq conflicts, never answer 500), and stay connected to it.
    await mapLimit(
      Array.from({ length: PAIRS }, (_, i) => i),
      PAIRS,
      async (i) => {
        const home = i % 2 === 0 ? p1 : p2;
        const res = await fetch(`${home.url}/api/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: session.code, pairName: `Pair ${i + 1}`, members: { mother: 'Mum', son: 'Son' } }),
        });
        expect(res.status).toBe(201);
        const { pairToken } = (await res.json()) as { pairToken: string };
        phones.push(await Phone.connect(home.url, { role: 'pair', pairToken, member: null }));
      },
    );
    facilitator = await Facilitator.connect(p1.url, session, { reconnection: true });
    await facilitator.must({ type: 'session.start' });
  });
  afterAll(async () => {
    console.log(report.join('\n'));
    facilitator?.close();
    for (const p of phones) p.close();
    await cluster?.close();
  });

  for (const [round, fault] of (['cut', 'blackhole'] as const).entries()) {
    it(`Redis ${fault} for ${OUTAGE_MS / 1000} s: both processes up, every change seen within 5 s, the timer fires once, no acknowledged vote lost`, async () => {
      const agenda = facilitator.agenda!;
      const poll = singleChoiceByRolePoll(agenda, round);
      const others = allSegments(agenda).filter((s) => s.kind !== 'poll');
      const [during, after] = [others[round * 2 + 1]!, others[round * 2 + 2]!];
      const latencies: Record<string, number> = {};
      const step = async (label: string, command: Record<string, unknown> & { type: string }, key: string) => {
        const sentAt = Date.now();
        await facilitator.must(command);
        latencies[label] = await slowestToSee(phones, key, sentAt, SEE_WITHIN_MS + 2000);
      };

      const outageStart = Date.now();
      if (fault === 'cut') await cluster.redis.cut();
      else cluster.redis.blackhole();
      await sleep(2000); // both processes notice (heartbeat: a second or two)

      await step('goto poll', { type: 'segment.goto', segmentId: poll.id }, `${poll.id}:idle`);
      await facilitator.must({ type: 'poll.open', pollId: poll.id });
      const votes = phones.map((phone, i) => ({ phone, commandId: randomUUID(), optionId: poll.poll.options[i % poll.poll.options.length]!.id }));
      const acks: (CommandAck | null)[] = await Promise.all(
        votes.map((v) =>
          v.phone.socket
            .timeout(10_000)
            .emitWithAck('command', { type: 'vote.cast', pollId: poll.id, role: 'mother', choice: { type: 'single', optionId: v.optionId }, commandId: v.commandId } as never)
            .catch(() => null),
        ),
      );
      // A 4-second timer, started through process 1; whichever process owns the session fires it.
      const idle = facilitator.publicView!.timer;
      await facilitator.must({ type: 'timer.adjust', segmentId: poll.id, deltaMs: 4000 - idle.durationMs });
      await step('timer start', { type: 'timer.start', segmentId: poll.id }, `${poll.id}:running`);
      const endsAt = facilitator.publicView!.timer.status === 'running' ? facilitator.publicView!.timer.endsAt : Date.now() + 4000;
      latencies['timer expired'] = (await slowestToSee(phones, `${poll.id}:expired`, endsAt, SEE_WITHIN_MS + 2000));
      await step('goto during', { type: 'segment.goto', segmentId: during.id }, `${during.id}:idle`);

      await sleep(Math.max(0, outageStart + OUTAGE_MS - Date.now()));
      await cluster.redis.restore();
      await sleep(3000); // reconnect with backoff
      // Fan-out is back by itself: a change after the outage reaches everyone.
      await step('goto after', { type: 'segment.goto', segmentId: after.id }, `${after.id}:idle`);

      for (const p of cluster.processes) expect(p.child.exitCode).toBeNull();
      expect(latencies).toEqual(Object.fromEntries(Object.keys(latencies).map((k) => [k, expect.any(Number)])));
      for (const [label, ms] of Object.entries(latencies)) expect({ label, within: ms <= SEE_WITHIN_MS }).toEqual({ label, within: true });
      expect(acks.filter((a) => !a?.ok)).toEqual([]);

      // By SQL: the timer expired once, on time; every acknowledged vote is stored once.
      const expired = await cluster.sql<{ at: string }>(
        `SELECT payload->>'at' AS at FROM session_events WHERE session_id = $1 AND type = 'TimerExpired' AND payload->>'segmentId' = $2`,
        [session.id, poll.id],
      );
      expect(expired).toHaveLength(1);
      const lateMs = Number(expired[0]!.at) - endsAt;
      expect(lateMs).toBeLessThan(1000);
      const [stored] = await cluster.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ballots WHERE session_id = $1 AND poll_id = $2`, [session.id, poll.id]);
      expect(stored!.n).toBe(votes.length);

      // One line when Redis went away and one when it came back, per process and outage.
      for (const p of cluster.processes) {
        expect(cluster.logLines(p, 'redis unavailable')).toHaveLength(round + 1);
        expect(cluster.logLines(p, 'redis available again')).toHaveLength(round + 1);
      }
      report.push(
        `Redis ${fault} ${OUTAGE_MS / 1000} s, ${PAIRS} pairs on 2 processes: slowest device per change ${Object.entries(latencies)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}; timer fired once, ${lateMs} ms after its end; ${stored!.n}/${votes.length} acknowledged votes stored`,
      );
    });
  }
});
