/**
 * Cluster benchmark (`npm run bench:cluster`): N API processes on one PostgreSQL with the
 * Redis adapter behind the documented nginx example hold D devices in S sessions; every
 * session's facilitator changes step at the same moment, and each device's arrival of
 * the public view and of its pair's own view is timed. Then ONE process (no Redis), also
 * behind nginx, holds its share (D/N devices in S/N sessions) the same way, and the
 * cluster's p99 is printed over the one process's.
 *
 *   npm run bench:cluster -- [--servers 4] [--sessions 20] [--n 20000] [--rounds 8] [--warmup 2]
 *                            [--interval 3000] [--workers K] [--small] [--no-single] [--json out.json]
 *
 * `--small` is the CI scale (2 processes, 4 sessions, 400 devices). Options may also come
 * from BENCH_CLUSTER_N, BENCH_CLUSTER_SERVERS ... Needs the production build, DATABASE_URL
 * (a PostgreSQL), Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/6) and nginx
 * (NGINX_PATH). Exits non-zero when a device missed an update.
 *
 * nginx's `ip_hash` keys on the first three octets of the client's address, so devices on
 * one loopback address would all land on one process: each lite device connects from its
 * own 127.a.b.1 (Linux routes all of 127/8 to lo), as phones on different networks would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { Options, parseArgs } from './lib/cli';
import { createSessions, Facilitator, joinPairs, segmentsOfKind, type BenchSession, type JoinedPair } from './lib/kindred';
import { establishedOn, fileLimits, ipHashPeer, sizeNginx, startNginx } from './lib/nginx';
import { cpuSeconds, loadNote, machineDescription, ProcessMonitor } from './lib/proc';
import { startKindred } from './lib/servers';
import { ms, sleep, summarize, wallNow, type Summary } from './lib/stats';
import { WorkerPool } from './lib/workers';

interface Settings {
  servers: number;
  sessions: number;
  n: number;
  rounds: number;
  warmup: number;
  intervalMs: number;
  workers: number;
}

interface Scenario {
  label: string;
  servers: number;
  sessions: number;
  devices: number;
}

interface Sent {
  round: number;
  sentAt: number;
  ackAt: number;
  seq: number | null;
  error?: string;
}

interface ScenarioResult {
  scenario: Scenario;
  publicLatency: Summary;
  pairLatency: Summary;
  ack: Summary;
  /** Devices that got every measured step's public view and pair view. */
  devicesReachedEvery: number;
  publicReached: number;
  pairReached: number;
  /** Own views (view.pair or view.update) that came with the step changes: a pair's view doesn't depend on the room's step. */
  ownSent: number;
  samples: number;
  /** Devices per API process, counted as nginx's established connections to it (the facilitators included). */
  perProcess: number[];
  processes: { cpuAvg: number; rss: number }[];
  nginxCpu: number;
  commandErrors: string[];
  disconnects: number;
  setup: string[];
}

/** Device i's source address: its own /24 inside 127/8, so ip_hash spreads the devices. */
const sourceAddress = (i: number) => `127.${1 + Math.floor(i / 256)}.${i % 256}.1`;

/**
 * Facilitator k's source address: one that ip_hash sends to process k mod N, so the
 * sessions' commands (and the views they build) are spread over the processes as
 * facilitators in different places would be, rather than all on 127.0.0.1's process.
 */
function facilitatorAddress(k: number, servers: number): string {
  for (let i = k * 32; i < k * 32 + 4096; i++) {
    const address = `127.${200 + Math.floor(i / 256)}.${i % 256}.1`;
    if (ipHashPeer(address, servers) === k % servers) return address;
  }
  throw new Error('no source address for the facilitator');
}

/** Splits `total` into `parts` near-equal shares. */
const shares = (total: number, parts: number) => Array.from({ length: parts }, (_, k) => Math.floor(total / parts) + (k < total % parts ? 1 : 0));

async function runScenario(scenario: Scenario, settings: Settings): Promise<ScenarioResult> {
  const { servers, sessions: sessionCount, devices: n } = scenario;
  const { rounds, warmup, intervalMs } = settings;
  const setup: string[] = [];
  const log = (line: string) => {
    setup.push(line);
    console.log(`  [${scenario.label}] ${line}`);
  };
  const limits = fileLimits();
  const sizing = sizeNginx(n + sessionCount, limits.hard);
  const kindred = await startKindred({ TRUST_PROXY: 'loopback' }, servers);
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  let pool: WorkerPool | null = null;
  const facilitators: Facilitator[] = [];
  try {
    const ports = kindred.servers.map((s) => s.port);
    nginx = await startNginx(ports, sizing);
    log(`${servers} API process(es) on ${kindred.database}; nginx (docs/deploy/nginx.conf) with ${sizing.workers} worker(s) × ${sizing.connections} connections, open files ${sizing.rlimit}`);
    const sessions: BenchSession[] = await createSessions(nginx.url, sessionCount);
    const perSession = shares(n, sessionCount);
    // Joining is setup, not measured: straight to the processes, session k on process k mod N, several sessions at once.
    let t = performance.now();
    const concurrency = Math.max(2, Math.ceil(32 / sessionCount));
    const joined: JoinedPair[][] = await Promise.all(sessions.map((s, k) => joinPairs(kindred.servers[k % servers]!.url, s.code, perSession[k]!, concurrency)));
    log(`joined ${n} pairs in ${sessionCount} sessions over HTTP in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    for (const [k, s] of sessions.entries()) facilitators.push(await Facilitator.connect(nginx.url, s, { timeoutMs: 60_000, localAddress: facilitatorAddress(k, servers) }));
    const first = facilitators[0]!;
    const [a] = segmentsOfKind(first.agenda!, 'pairTalk');
    const [b] = segmentsOfKind(first.agenda!, 'privateReveal');
    if (!a || !b) throw new Error('the plan needs a pair-talk and a private-answer segment');
    await Promise.all(
      facilitators.map(async (f) => {
        await f.must({ type: 'session.start' }, 60_000);
        await f.must({ type: 'segment.goto', segmentId: a.id }, 60_000);
      }),
    );

    // Devices in session order: session k holds indices [start[k], start[k] + perSession[k]).
    const starts = perSession.map((_, k) => perSession.slice(0, k).reduce((x, y) => x + y, 0));
    const auths = joined.flat().map((p) => ({ role: 'pair', pairToken: p.pairToken, member: null }));
    t = performance.now();
    const workers = Math.min(settings.workers, Math.max(1, Math.ceil(n / 500)));
    const connected = await WorkerPool.connect(nginx.url, 'kindred', 'lite', auths, workers, 50, auths.map((_, i) => sourceAddress(i)));
    pool = connected.pool;
    log(`connected ${n - connected.failed}/${n} devices through nginx in ${((performance.now() - t) / 1000).toFixed(1)} s from ${workers} client process(es)`);
    if (connected.failed > 0) throw new Error(`${connected.failed} devices could not connect: ${connected.errors.join('; ')}`);
    await sleep(2000);
    const perProcess = ports.map(establishedOn);
    const expected = ports.map((_, p) => auths.filter((_, i) => ipHashPeer(sourceAddress(i), servers) === p).length + sessions.filter((_, k) => k % servers === p).length);
    log(`connections per API process (nginx → process, facilitators included): ${perProcess.join(' / ')} (by nginx's ip_hash formula: ${expected.join(' / ')})`);

    const monitors = kindred.servers.map((s) => new ProcessMonitor(s.child.pid!));
    monitors.forEach((m) => m.start());
    const nginxPids = nginx.workerPids();
    const nginxCpuBefore = nginxPids.reduce((x, pid) => x + cpuSeconds(pid), 0);
    const wallBefore = performance.now();

    // Every round each facilitator moves its session to the other segment at the same moment:
    // the public view changes, and with it every phone's answer box (read off the public view, decision 49).
    const sent: Sent[][] = facilitators.map(() => []);
    const start = wallNow() + 200;
    const pending: Promise<void>[] = [];
    for (let i = 0; i < warmup + rounds; i++) {
      const wait = start + i * intervalMs - wallNow();
      if (wait > 0) await sleep(wait);
      const segment = i % 2 === 0 ? b : a;
      facilitators.forEach((f, k) => {
        const sentAt = wallNow();
        pending.push(
          f.must({ type: 'segment.goto', segmentId: segment.id }, 180_000).then(
            (seq) => void sent[k]!.push({ round: i, sentAt, ackAt: wallNow(), seq }),
            (error: unknown) => void sent[k]!.push({ round: i, sentAt, ackAt: NaN, seq: null, error: String(error) }),
          ),
        );
      });
    }
    await Promise.all(pending);
    await Promise.all(
      facilitators.map((f, k) => {
        const last = Math.max(0, ...sent[k]!.map((s) => s.seq ?? 0));
        return f.until((x) => (x.publicView?.seq ?? 0) >= last, 180_000, 'the last update').catch(() => undefined);
      }),
    );
    await sleep(3000);
    const usage = monitors.map((m) => m.stop());
    const nginxCpu = (nginxPids.reduce((x, pid) => x + cpuSeconds(pid), 0) - nginxCpuBefore) / ((performance.now() - wallBefore) / 1000);

    const records = await pool.collect();
    const publicValues: number[] = [];
    const pairValues: number[] = [];
    let publicReached = 0;
    let pairReached = 0;
    let ownSent = 0;
    let devicesReachedEvery = 0;
    for (let k = 0; k < sessionCount; k++) {
      const measured = sent[k]!.filter((s) => s.round >= warmup);
      for (let d = starts[k]!; d < starts[k]! + perSession[k]!; d++) {
        let every = measured.length === rounds;
        for (const s of measured) {
          const pub = s.seq === null ? null : (records.receipts.get(s.seq)?.[d] ?? null);
          const own = s.seq === null ? null : (records.pairReceipts.get(s.seq)?.[d] ?? null);
          if (own !== null) ownSent++;
          if (pub !== null) {
            publicReached++;
            publicValues.push(pub - s.sentAt);
            // Ready for the step: the public view and, if the change sent one, the pair's own view.
            pairReached++;
            pairValues.push(Math.max(pub, own ?? pub) - s.sentAt);
          } else every = false;
        }
        if (every) devicesReachedEvery++;
      }
    }
    const acks = sent.flat().filter((s) => s.round >= warmup && s.seq !== null);
    return {
      scenario,
      publicLatency: summarize(publicValues),
      pairLatency: summarize(pairValues),
      ack: summarize(acks.map((s) => s.ackAt - s.sentAt)),
      devicesReachedEvery,
      publicReached,
      pairReached,
      ownSent,
      samples: n * rounds,
      perProcess,
      processes: usage.map((u) => ({ cpuAvg: u.cpuAvg, rss: u.rssMax })),
      nginxCpu,
      commandErrors: sent.flat().filter((s) => s.error).map((s) => `round ${s.round}: ${s.error}`),
      disconnects: records.disconnects,
      setup,
    };
  } finally {
    for (const f of facilitators) f.close();
    await pool?.close();
    await nginx?.stop();
    await kindred.stop();
  }
}

function report(r: ScenarioResult): void {
  const { scenario: s } = r;
  const row = (name: string, l: Summary, reached: number) =>
    `  ${name.padEnd(18)}${ms(l.p50).padStart(10)}${ms(l.p95).padStart(10)}${ms(l.p99).padStart(10)}${ms(l.max).padStart(10)}   ${reached}/${r.samples}`;
  console.log(`${s.label}: ${s.servers} process(es), ${s.sessions} sessions, ${s.devices} devices`);
  console.log(`  ${'latency'.padEnd(18)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}   reached (device × step)`);
  console.log(row('view.public', r.publicLatency, r.publicReached));
  console.log(row('phone ready', r.pairLatency, r.pairReached) + `   (public view and, if sent, its own: ${r.ownSent} own views came with the steps)`);
  console.log(`  facilitators' acks: p50 ${ms(r.ack.p50)}, p99 ${ms(r.ack.p99)}`);
  console.log(`  devices that got every step: ${r.devicesReachedEvery}/${s.devices}`);
  console.log(
    `  API processes: ${r.processes.map((p, i) => `#${i + 1} ${r.perProcess[i]} conns, CPU ${(p.cpuAvg * 100).toFixed(0)}%, RSS ${(p.rss / 2 ** 20).toFixed(0)} MiB`).join('; ')}; nginx CPU ${(r.nginxCpu * 100).toFixed(0)}%`,
  );
  if (r.commandErrors.length > 0) console.log(`  facilitator command errors: ${r.commandErrors.slice(0, 5).join('; ')}`);
  if (r.disconnects > 0) console.log(`  devices disconnected during the run: ${r.disconnects}`);
}

/** Children inherit the soft limit on open files: raise it to the hard limit by re-running under `ulimit -n`. */
function ensureFileLimit(needed: number): boolean {
  const { soft, hard } = fileLimits();
  if (soft >= needed || soft >= hard || process.env.BENCH_CLUSTER_RAISED) return false;
  const target = Math.min(hard, Math.max(needed, soft));
  console.log(`raising the open-files limit from ${soft} to ${target} (hard limit ${hard}) for the processes this benchmark starts`);
  const run = spawnSync('sh', ['-c', `ulimit -n ${target} && exec "$0" "$@"`, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_CLUSTER_RAISED: '1' },
  });
  process.exitCode = run.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  const opts = new Options(parseArgs(), 'BENCH_CLUSTER');
  const small = opts.flag('small');
  const servers = opts.int('servers', small ? 2 : 4, 1, 16);
  const n = opts.int('n', small ? 400 : 20_000, 1, 60_000);
  const settings: Settings = {
    servers,
    sessions: opts.int('sessions', small ? 4 : 20, 1, 200),
    n,
    rounds: opts.int('rounds', small ? 4 : 8, 1, 100),
    warmup: opts.int('warmup', small ? 1 : 2, 0, 20),
    intervalMs: opts.int('interval', small ? 1500 : 3000, 200, 60_000),
    workers: opts.int('workers', Math.min(8, Math.ceil(n / 2500)), 1, 16),
  };
  // The busiest single process: a device worker (2,500 sockets) or an API process (its share, plus nginx's side).
  if (ensureFileLimit(Math.ceil(n / Math.max(1, Math.min(servers, settings.workers))) + 1000)) return;
  if (!process.env.DATABASE_URL) throw new Error('The cluster benchmark needs DATABASE_URL (a PostgreSQL the processes share).');
  if (n % servers !== 0 || settings.sessions % servers !== 0) throw new Error('--n and --sessions must divide by --servers (one process runs an equal share)');
  const started = performance.now();
  const limits = fileLimits();
  console.log(
    `Cluster benchmark: ${servers} API processes behind nginx with the Redis adapter, ${settings.sessions} sessions, ${n} devices (lite clients); ${settings.rounds} step changes every ${settings.intervalMs} ms in every session at once (after ${settings.warmup} warm-up)`,
  );
  console.log(`machine: ${machineDescription()}; open files ${limits.soft} (hard ${limits.hard}); ${loadNote()}`);

  const cluster = await runScenario({ label: 'cluster', servers, sessions: settings.sessions, devices: n }, settings);
  const loadMid = loadNote();
  const single = opts.flag('no-single') ? null : await runScenario({ label: 'one process', servers: 1, sessions: settings.sessions / servers, devices: n / servers }, settings);

  console.log('');
  report(cluster);
  if (single) report(single);
  if (single) {
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    console.log(
      `cluster p99 / one process's p99 for its share: view.public ${ratio(cluster.publicLatency.p99, single.publicLatency.p99)}, phone ready ${ratio(cluster.pairLatency.p99, single.pairLatency.p99)} (target ≤ 1.5x)`,
    );
  }
  const allReached = [cluster, single].every((r) => !r || (r.devicesReachedEvery === r.scenario.devices && r.commandErrors.length === 0));
  console.log(
    `reached: ${allReached ? 'every device got every step change' : 'NOT every device got every step change'}: cluster ${cluster.devicesReachedEvery}/${n}` +
      (single ? `, one process ${single.devicesReachedEvery}/${single.scenario.devices}` : ''),
  );
  console.log(`(run took ${((performance.now() - started) / 1000).toFixed(0)} s; after the cluster phase: ${loadMid}; at the end: ${loadNote()})`);

  const jsonOut = opts.string('json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ settings, machine: machineDescription(), cluster, single }, null, 2));
  process.exitCode = allReached ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
