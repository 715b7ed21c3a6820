import { randomUUID } from 'node:crypto';
import type { CommandAck } from '@kindred/session';
import { lockKeyParts } from '../../apps/api/src/test-support/ownership';
import { createSession, Facilitator, sendCommand, type BenchSession } from '../load/lib/kindred';
import { sleep } from '../load/lib/stats';
import type { ServerProcess } from '../support/server-process';
import { Cluster, needsRealServices, OUTAGE_MS, waitFor } from './lib/cluster';

interface Running {
  session: BenchSession;
  facilitator: Facilitator;
  segmentId: string;
  endsAt: number;
}

/**
 * PostgreSQL cut, then blackholed, under a 2-process cluster. While it is away, commands
 * are answered within 5 s with the retryable `server/unavailable` and /health/ready says
 * 503 within 2 s; once it is back every session has exactly one owner within 5 s, every
 * timer fires once and on time, and a retried command is applied once.
 */
(needsRealServices() ? describe : describe.skip)('PostgreSQL goes away under a 2-process cluster', () => {
  let cluster: Cluster;
  const running: Running[] = [];
  const report: string[] = [];

  beforeAll(async () => {
    cluster = await Cluster.start(2);
  });
  afterAll(async () => {
    console.log(report.join('\n'));
    for (const r of running) r.facilitator.close();
    await cluster?.close();
  });

  /** A running session whose first step's timer ends in `inMs`, driven through `home`. */
  async function withTimer(home: ServerProcess, inMs: number): Promise<Running> {
    const session = await createSession(home.url, 'taster');
    const facilitator = await Facilitator.connect(home.url, session, { reconnection: true });
    await facilitator.must({ type: 'session.start' });
    await facilitator.until((f) => f.publicView?.position !== null && f.publicView?.phase === 'running', 5000, 'running');
    const segmentId = facilitator.publicView!.position!.segmentId;
    await facilitator.must({ type: 'timer.adjust', segmentId, deltaMs: inMs - facilitator.publicView!.timer.durationMs });
    await facilitator.must({ type: 'timer.start', segmentId });
    await facilitator.until((f) => f.publicView?.timer.status === 'running', 5000, 'timer running');
    const timer = facilitator.publicView!.timer;
    const r = { session, facilitator, segmentId, endsAt: timer.status === 'running' ? timer.endsAt : NaN };
    running.push(r);
    return r;
  }

  async function owners(sessionId: string): Promise<number> {
    const { classid, objid } = lockKeyParts(sessionId);
    const [row] = await cluster.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2 AND objsubid = 1
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [classid, objid],
    );
    return row!.n;
  }

  async function expiries(r: Running): Promise<number[]> {
    const rows = await cluster.sql<{ at: string }>(`SELECT payload->>'at' AS at FROM session_events WHERE session_id = $1 AND type = 'TimerExpired'`, [r.session.id]);
    return rows.map((row) => Number(row.at) - r.endsAt);
  }

  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = Date.now();
    const value = await work();
    return { value, ms: Date.now() - started };
  }

  const ready = (p: ServerProcess) => timed(() => fetch(`${p.url}/health/ready`).then((res) => res.status));
  const command = (r: Running, commandId: string, type: 'session.lock' | 'session.unlock' = 'session.lock'): Promise<CommandAck> =>
    sendCommand(r.facilitator.socket, { type, commandId }, 15_000);

  it(`PostgreSQL cut for ${OUTAGE_MS / 1000} s: retryable answers meanwhile, one owner per session within 5 s of its return, timers fire once and on time`, async () => {
    const [p1, p2] = cluster.processes as [ServerProcess, ServerProcess];
    const before = [await withTimer(p1, OUTAGE_MS + 5000), await withTimer(p2, OUTAGE_MS + 6000)];
    await waitFor(async () => ((await Promise.all(before.map((r) => owners(r.session.id)))).every((n) => n === 1) ? true : undefined), 5000, 'owners before');

    const cutAt = Date.now();
    await cluster.pg.cut();
    await sleep(1000);
    const commandId = randomUUID();
    const during = await timed(() => command(before[0]!, commandId));
    expect(during.value).toMatchObject({ ok: false, code: 'server/unavailable' });
    expect(during.ms).toBeLessThan(5000);
    const health = await Promise.all([ready(p1), ready(p2)]);
    for (const h of health) expect(h).toEqual({ value: 503, ms: expect.any(Number) });
    for (const h of health) expect(h.ms).toBeLessThan(2000);

    await sleep(Math.max(0, cutAt + OUTAGE_MS - Date.now()));
    await cluster.pg.restore();
    const backAt = Date.now();
    // A session made after the outage gets an owner and its timer too.
    const after = await waitFor(() => withTimer(p2, 4000).catch(() => undefined), 10_000, 'a new session after the outage');
    const sessions = [...before, after];
    await waitFor(async () => ((await Promise.all(sessions.map((r) => owners(r.session.id)))).every((n) => n === 1) ? true : undefined), 5000, 'one owner each');
    const ownedWithinMs = Date.now() - backAt;

    // The retry with the same commandId is applied, once.
    expect(await command(before[0]!, commandId)).toMatchObject({ ok: true });
    expect(await command(before[0]!, commandId)).toMatchObject({ ok: true });
    const applied = await cluster.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session_events WHERE command_id = $1`, [commandId]);
    expect(applied[0]!.n).toBe(1);

    await sleep(Math.max(...sessions.map((r) => r.endsAt)) - Date.now() + 1500);
    const late = await Promise.all(sessions.map(expiries));
    for (const l of late) {
      expect(l).toHaveLength(1);
      expect(l[0]!).toBeLessThan(1000);
    }
    for (const p of cluster.processes) {
      expect(p.child.exitCode).toBeNull();
      expect(cluster.logLines(p, 'database unavailable')).toHaveLength(1);
      expect(cluster.logLines(p, 'command failed')).toEqual([]);
    }
    report.push(
      `PostgreSQL cut ${OUTAGE_MS / 1000} s: command answered ${during.value.ok ? 'ok' : during.value.code} in ${during.ms} ms, /health/ready ${health.map((h) => `${h.value} in ${h.ms} ms`).join(' and ')}; ` +
        `one owner per session ${ownedWithinMs} ms after the return; timers fired once, ${late.map((l) => `${l[0]} ms`).join(', ')} after their end`,
    );
  });

  it('PostgreSQL blackholed: commands answered within 5 s with server/unavailable, /health/ready 503 within 2 s, a retry applied once after', async () => {
    const [p1, p2] = cluster.processes as [ServerProcess, ServerProcess];
    const r = await withTimer(p1, 600_000);
    cluster.pg.blackhole();
    const commandId = randomUUID();
    const [first, health] = await Promise.all([timed(() => command(r, commandId)), (async () => (await sleep(300), Promise.all([ready(p1), ready(p2)])))()]);
    expect(first.value).toMatchObject({ ok: false, code: 'server/unavailable' });
    expect(first.ms).toBeLessThan(5000);
    for (const h of health) expect(h.value).toBe(503);
    for (const h of health) expect(h.ms).toBeLessThan(2000);
    await sleep(3000);
    const later = await timed(() => command(r, commandId));
    expect(later.value).toMatchObject({ ok: false, code: 'server/unavailable' });
    const join = await timed(() =>
      fetch(`${p2.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: r.session.code, pairName: 'Latecomers' }) }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as { code: string } }),
      ),
    );
    expect(join.value).toEqual({ status: 503, body: expect.objectContaining({ code: 'server/unavailable' }) });
    expect(join.ms).toBeLessThan(5000);

    await cluster.pg.restore();
    await waitFor(async () => ((await ready(p1)).value === 200 && (await ready(p2)).value === 200 ? true : undefined), 10_000, 'ready again');
    expect(await command(r, commandId)).toEqual({ ok: true, seq: expect.any(Number) });
    const applied = await cluster.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session_events WHERE command_id = $1`, [commandId]);
    expect(applied[0]!.n).toBe(1);
    for (const p of cluster.processes) {
      expect(p.child.exitCode).toBeNull();
      expect(cluster.logLines(p, 'database unavailable')).toHaveLength(2);
      expect(cluster.logLines(p, 'database available again')).toHaveLength(2);
      expect(cluster.logLines(p, 'request failed')).toEqual([]);
    }
    report.push(
      `PostgreSQL blackholed: first command answered ${first.ms} ms, later ones ${later.ms} ms, a join ${join.ms} ms (503); /health/ready 503 in ${health.map((h) => `${h.ms} ms`).join(' and ')}`,
    );
  });
});
