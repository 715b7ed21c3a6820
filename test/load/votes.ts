/**
 * Vote benchmark (`npm run bench:votes`): N devices vote in a burst, then at a steady
 * rate, some of them retrying (a double tap, a resend after a lost ack, a changed
 * vote). Prints ack latency and throughput, and checks that the final tally equals the
 * votes the devices saw acknowledged: 0 lost, 0 counted twice. Exits non-zero if not.
 *
 *   npm run bench:votes -- [--n 1000] [--burst-ms 2000] [--rate 200] [--retry-share 5] [--seed 1] [--client lite|socket.io] [--small] [--json out.json]
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { Options, parseArgs } from './lib/cli';
import { createSession, Facilitator, joinPairs, singleChoiceByRolePoll, type BenchSession } from './lib/kindred';
import { loadNote, machineDescription, ProcessMonitor } from './lib/proc';
import type { VotePlanItem, VoteResult } from './lib/protocol';
import { startKindred } from './lib/servers';
import { mib, ms, sleep, summarize, wallNow } from './lib/stats';
import { WorkerPool } from './lib/workers';

type Role = 'mother' | 'son';

/** A small seeded PRNG, so a run can be repeated exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PhaseReport {
  name: string;
  votes: number;
  sends: number;
  latency: ReturnType<typeof summarize>;
  /** Acknowledged votes per second, first send to last ack. */
  throughput: number;
  spanMs: number;
  /**
   * The same, to the last ack of a device that didn't wait on purpose: a "lost ack" device
   * resends its (already stored) vote lostAckDelayMs after the first send, so `throughput`
   * can't exceed votes / that delay (3,333/s for 1,000 votes) however fast the server is.
   */
  promptThroughput: number;
  failures: Record<string, number>;
  usage: ReturnType<ProcessMonitor['stop']>;
  /** Transactions the database committed during the phase (PostgreSQL only): group commit makes this far fewer than the votes. */
  commits: number | null;
}

function plan(role: Role, n: number, pollId: string, options: string[], random: () => number, retrySharePct: number, at: (device: number) => number): VotePlanItem[] {
  return Array.from({ length: n }, (_, device) => {
    const pick = () => options[Math.floor(random() * options.length)]!;
    const r = random() * 100;
    const retry: VotePlanItem['retry'] = r < retrySharePct ? 'duplicate' : r < 2 * retrySharePct ? 'lost-ack' : r < 3 * retrySharePct ? 'change' : 'none';
    const optionId = pick();
    const changeTo = retry === 'change' ? options.find((o) => o !== optionId) : undefined;
    return { device, atMs: at(device), pollId, role, optionId, retry, ...(changeTo ? { changeTo } : {}) };
  });
}

/** The database's committed transactions so far (its statistics lag up to a second: read after a pause). */
async function committedTransactions(databaseUrl: string | undefined): Promise<number | null> {
  if (!databaseUrl) return null;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_stat_clear_snapshot()');
    const res = await client.query<{ n: string }>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`);
    return Number(res.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function runPhase(
  name: string,
  pool: WorkerPool,
  items: VotePlanItem[],
  serverPid: number,
  lostAckDelayMs: number,
  databaseUrl: string | undefined,
): Promise<{ report: PhaseReport; results: VoteResult[] }> {
  const commitsBefore = await committedTransactions(databaseUrl);
  const monitor = new ProcessMonitor(serverPid);
  monitor.start();
  const startAt = wallNow() + 300;
  const replies = await pool.all(
    (offset, count) => ({
      op: 'votes',
      startAt,
      lostAckDelayMs,
      plan: items.filter((i) => i.device >= offset && i.device < offset + count).map((i) => ({ ...i, device: i.device - offset })),
    }),
    'voted',
  );
  const usage = monitor.stop();
  await sleep(1500);
  const commitsAfter = await committedTransactions(databaseUrl);
  const results = replies.flatMap((r, wi) => r.results.map((res) => ({ ...res, device: res.device + pool.workers[wi]!.offset })));
  const latencies = results.flatMap((r) => r.latencies);
  const acked = results.filter((r) => r.ackedChoice !== null);
  const first = Math.min(...results.map((r) => r.firstSentAt));
  const last = Math.max(...acked.map((r) => r.lastAckAt));
  const lastPrompt = Math.max(...acked.filter((r) => r.resentAfterMs === 0).map((r) => r.lastAckAt));
  const failures: Record<string, number> = {};
  for (const r of results) for (const f of r.failures) failures[f] = (failures[f] ?? 0) + 1;
  return {
    results,
    report: {
      name,
      votes: acked.length,
      sends: latencies.length,
      latency: summarize(latencies),
      throughput: acked.length / ((last - first) / 1000),
      spanMs: last - first,
      promptThroughput: acked.length / ((lastPrompt - first) / 1000),
      failures,
      usage,
      // Our own two statistics reads count one each.
      commits: commitsBefore !== null && commitsAfter !== null ? commitsAfter - commitsBefore - 1 : null,
    },
  };
}

/** counts[role][optionId] of what the devices saw acknowledged last. */
function expectedCounts(results: VoteResult[]): Record<Role, Map<string, number>> {
  const counts: Record<Role, Map<string, number>> = { mother: new Map(), son: new Map() };
  for (const r of results) if (r.ackedChoice) counts[r.role].set(r.ackedChoice, (counts[r.role].get(r.ackedChoice) ?? 0) + 1);
  return counts;
}

function compare(label: string, expected: Map<string, number>, actual: Map<string, number>): { lost: number; twice: number; line: string } {
  let lost = 0;
  let twice = 0;
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const diff = (actual.get(key) ?? 0) - (expected.get(key) ?? 0);
    if (diff < 0) lost -= diff;
    else twice += diff;
  }
  const fmt = (m: Map<string, number>) => [...m.entries()].sort().map(([k, v]) => `${k.split('.').pop()}=${v}`).join(' ');
  return { lost, twice, line: `${label}: expected ${fmt(expected)} | counted ${fmt(actual)}` };
}

async function databaseCounts(databaseUrl: string | undefined, session: BenchSession, pollId: string): Promise<Record<Role, Map<string, number>> | null> {
  if (!databaseUrl) return null;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const res = await client.query<{ role: Role; option: string; n: string }>(
      `SELECT role, choice->>'optionId' AS option, count(*) AS n FROM ballots WHERE session_id = $1 AND poll_id = $2 GROUP BY 1, 2`,
      [session.id, pollId],
    );
    const counts: Record<Role, Map<string, number>> = { mother: new Map(), son: new Map() };
    for (const row of res.rows) counts[row.role].set(row.option, Number(row.n));
    return counts;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const opts = new Options(parseArgs(), 'BENCH');
  const small = opts.flag('small');
  const n = opts.int('n', small ? 50 : 1000, 3, 5000);
  const burstMs = opts.int('burst-ms', small ? 1000 : 2000, 0, 60_000);
  const rate = opts.int('rate', small ? 50 : 200, 1, 10_000);
  const retryShare = opts.int('retry-share', small ? 10 : 5, 0, 33);
  const seed = opts.int('seed', 1);
  const processes = opts.int('workers', Math.max(1, Math.ceil(n / 2500)), 1, 8);
  const lostAckDelayMs = 300;
  const client = opts.string('client') ?? 'lite';
  if (client !== 'lite' && client !== 'socket.io') throw new Error('--client must be lite or socket.io');
  const random = mulberry32(seed);
  const started = performance.now();
  console.log(`Vote benchmark: ${n} devices (one shared device per pair); mothers vote in a ${burstMs} ms burst, then sons at ${rate}/s`);
  console.log(`retries: ${retryShare}% double taps, ${retryShare}% resends after a lost ack, ${retryShare}% changed votes (seed ${seed}); ${processes} device process(es), ${client} clients`);
  console.log(`machine: ${machineDescription()}; ${loadNote()}`);

  const kindred = await startKindred();
  const url = kindred.server.url;
  let pool: WorkerPool | null = null;
  let facilitator: Facilitator | null = null;
  let ok: boolean;
  try {
    console.log(`server: apps/api/dist/main.js on ${kindred.database}, LOG_LEVEL=warn`);
    const session = await createSession(url, 'full-workshop');
    const pairs = await joinPairs(url, session.code, n);
    facilitator = await Facilitator.connect(url, session);
    await facilitator.must({ type: 'session.start' });
    const poll = singleChoiceByRolePoll(facilitator.agenda!);
    const options = poll.poll.options.map((o) => o.id);
    await facilitator.must({ type: 'segment.goto', segmentId: poll.id });
    await facilitator.must({ type: 'poll.open', pollId: poll.id });
    const connected = await WorkerPool.connect(url, 'kindred', client, pairs.map((p) => ({ role: 'pair', pairToken: p.pairToken, member: null })), processes);
    pool = connected.pool;
    if (connected.failed > 0) throw new Error(`${connected.failed} devices could not connect: ${connected.errors.join('; ')}`);
    console.log(`setup: ${n} pairs joined and connected; poll "${poll.id}" (${options.length} options, by role) open`);
    await sleep(1000);

    const pid = kindred.server.child.pid!;
    const dbUrl = kindred.env.DATABASE_URL;
    const burst = await runPhase('burst (mothers)', pool, plan('mother', n, poll.id, options, random, retryShare, () => random() * burstMs), pid, lostAckDelayMs, dbUrl);
    await sleep(1000);
    const steady = await runPhase('steady (sons)', pool, plan('son', n, poll.id, options, random, retryShare, (d) => (d * 1000) / rate), pid, lostAckDelayMs, dbUrl);
    const results = [...burst.results, ...steady.results];

    // Let the coalesced count update go out, then compare what the server counts with what was acknowledged.
    const expected = expectedCounts(results);
    const expectedTotal = [...expected.mother.values(), ...expected.son.values()].reduce((a, b) => a + b, 0);
    const f = facilitator;
    const pollView = () => f.view?.polls.find((p) => p.pollId === poll.id);
    await f.until(() => pollView()?.ballotCount === expectedTotal, 5000, 'the ballot count').catch(() => undefined);
    await sleep(600);
    const live = pollView();
    const uncertain = results.filter((r) => r.ackedChoice === null && r.sent).length;

    // Each device's own view says which of its votes are in, and which choice.
    const ballots = (await pool.all((_o, _c) => ({ op: 'ballots', pollId: poll.id }), 'ballots')).flatMap((r) => r.ballots);
    let viewMismatches = 0;
    for (const r of results) {
      const voter = ballots[r.device]?.find((v) => v.role === r.role);
      if ((voter?.voted ? voter.optionId : null) !== r.ackedChoice) viewMismatches++;
    }

    const fromDb = await databaseCounts(kindred.env.DATABASE_URL, session, poll.id);
    await f.must({ type: 'poll.reveal', pollId: poll.id });
    await f.until((x) => x.publicView?.step.kind === 'poll' && x.publicView.step.results !== null, 10_000, 'revealed results');
    const step = f.publicView!.step;
    const revealed: Record<Role, Map<string, number>> = { mother: new Map(), son: new Map() };
    if (step.kind === 'poll' && step.results?.audience === 'byRole') {
      for (const role of ['mother', 'son'] as const) {
        const group = step.results[role];
        if (group.status === 'shown' && group.tally.type === 'single') for (const o of group.tally.options) if (o.count > 0) revealed[role].set(o.optionId, o.count);
      }
    }

    console.log('');
    console.log(`${'phase'.padEnd(18)}${'votes'.padStart(7)}${'sends'.padStart(7)}${'ack p50'.padStart(11)}${'ack p99'.padStart(11)}${'ack max'.padStart(11)}${'votes/s'.padStart(9)}   server CPU, RSS`);
    for (const { report: p } of [burst, steady]) {
      console.log(
        `${p.name.padEnd(18)}${String(p.votes).padStart(7)}${String(p.sends).padStart(7)}${ms(p.latency.p50).padStart(11)}${ms(p.latency.p99).padStart(11)}${ms(p.latency.max).padStart(11)}${p.throughput.toFixed(0).padStart(9)}   ${(p.usage.cpuAvg * 100).toFixed(0)}% avg / ${(p.usage.cpuMax * 100).toFixed(0)}% peak, ${mib(p.usage.rssMax)}`,
      );
      if (p.commits !== null) console.log(`  ${p.commits} database transactions committed for ${p.votes} votes (${p.sends} sends)`);
      if (p.promptThroughput > p.throughput * 1.01) console.log(`  ${p.promptThroughput.toFixed(0)} votes/s to the last ack of a device that didn't wait ${lostAckDelayMs} ms on purpose before resending (the column above includes that wait)`);
      const failed = Object.entries(p.failures);
      if (failed.length > 0) console.log(`  refused or unanswered sends: ${failed.map(([k, v]) => `${k} × ${v}`).join(', ')}`);
    }
    console.log('');
    const checks = (['mother', 'son'] as const).flatMap((role) => [
      compare(`revealed ${role}s`, expected[role], revealed[role]),
      ...(fromDb ? [compare(`database ${role}s`, expected[role], fromDb[role])] : []),
    ]);
    for (const c of checks) console.log(c.line);
    const liveCountOk = live?.ballotCount === expectedTotal && live.roleCounts?.mother === sum(expected.mother) && live.roleCounts.son === sum(expected.son);
    console.log(`facilitator view: ballotCount ${live?.ballotCount} (mothers ${live?.roleCounts?.mother}, sons ${live?.roleCounts?.son}); acknowledged ${expectedTotal}`);
    console.log(`devices' own views agree with their acknowledged votes: ${results.length - viewMismatches}/${results.length}`);
    if (uncertain > 0) console.log(`votes sent but never acknowledged (may or may not count): ${uncertain}`);
    const lost = Math.max(...checks.map((c) => c.lost));
    const twice = Math.max(...checks.map((c) => c.twice));
    console.log(`tally check: ${lost} lost, ${twice} counted twice`);
    ok = lost === 0 && twice === 0 && liveCountOk && viewMismatches === 0 && uncertain === 0;
    if (!ok) console.log('CHECK FAILED');
    console.log(`(run took ${((performance.now() - started) / 1000).toFixed(0)} s; at the end: ${loadNote()})`);

    const jsonOut = opts.string('json');
    if (jsonOut) {
      fs.writeFileSync(
        jsonOut,
        JSON.stringify({ n, burstMs, rate, retryShare, seed, machine: machineDescription(), database: kindred.database, phases: [burst.report, steady.report], lost, twice, ok }, null, 2),
      );
    }
  } finally {
    facilitator?.close();
    await pool?.close();
    await kindred.stop();
  }
  process.exitCode = ok ? 0 : 1;
}

function sum(m: Map<string, number>): number {
  return [...m.values()].reduce((a, b) => a + b, 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
