/**
 * Fan-out benchmark (`npm run bench:fanout`): how fast one facilitator action reaches
 * every device of a big session, against a bare socket.io server broadcasting a
 * payload of the same size to the same number of clients.
 *
 *   npm run bench:fanout -- [--n 1000] [--rounds 20] [--interval 500] [--workers K] [--client lite|socket.io] [--small] [--no-bare] [--json out.json]
 *
 * Options may also come from BENCH_N, BENCH_ROUNDS, BENCH_SMALL=1 ... `--small` is the
 * CI scale (50 devices, a few rounds). Exits non-zero when a device missed an update.
 *
 * Devices are `lite` clients by default (the wire protocol by hand, reading only the
 * seq), so the figures measure the server rather than socket.io-client's per-message
 * cost in the device processes, which share the machine's two cores with the server.
 */
import fs from 'node:fs';
import { io } from 'socket.io-client';
import type { PublicView } from '@kindred/session';
import { Options, parseArgs } from './lib/cli';
import { createSession, Facilitator, joinPairs, segmentsOfKind, type WireCommand } from './lib/kindred';
import { loadNote, machineDescription, ProcessMonitor } from './lib/proc';
import { startBareServer, startKindred } from './lib/servers';
import { mib, ms, sleep, summarize, wallNow, type Summary } from './lib/stats';
import type { ClientKind } from './lib/protocol';
import { WorkerPool } from './lib/workers';

interface Settings {
  n: number;
  client: ClientKind;
  rounds: number;
  warmup: number;
  intervalMs: number;
  processes: number;
  /** API processes (Redis adapter between them when more than one). */
  servers: number;
}

interface Sent {
  round: number;
  sentAt: number;
  /** When the sender got its ack: the server has decided, committed and queued the broadcast. */
  ackAt: number;
  seq: number | null;
  error?: string;
}

interface PhaseResult {
  latency: Summary;
  /** Per change, to the first device reached. */
  first: Summary;
  /**
   * Kindred only: to when each phone has all it needs for the new step after a step change:
   * the public view, and its pair's own view if the server sent one with that change (a
   * pair's view doesn't depend on where the room is, so a step change rarely changes it).
   */
  pairLatency: Summary | null;
  pairMissed: number;
  /** Kindred only: own views (view.pair or view.update) that came with the step changes. */
  pairSentWithSteps: number;
  /** Kindred only: view.pair frames received for timer changes, which touch no pair's view (must be 0). */
  pairUnchangedSent: number;
  /** Devices × step changes measured. */
  pairSamples: number;
  /** Round trip of the sender's command (facilitator) or trigger (bare controller). */
  ack: Summary;
  /** Devices reached per measured round. */
  reachedPerRound: number[];
  missed: number;
  samples: number;
  usage: ReturnType<ProcessMonitor['stop']>;
  connectMs: number;
  commandErrors: string[];
  disconnects: number;
}

/** Fires `send(i)` for i = 0..count-1 on a fixed clock (a slow ack never delays the next send). */
async function onSchedule(count: number, intervalMs: number, send: (i: number) => Promise<number>): Promise<Sent[]> {
  const start = wallNow() + 100;
  const pending: Promise<Sent>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * intervalMs - wallNow();
    if (wait > 0) await sleep(wait);
    const sentAt = wallNow();
    pending.push(
      send(i).then(
        (seq) => ({ round: i, sentAt, ackAt: wallNow(), seq }),
        (error: unknown) => ({ round: i, sentAt, ackAt: NaN, seq: null, error: String(error) }),
      ),
    );
  }
  return Promise.all(pending);
}

function latencies(sent: Sent[], warmup: number, receipts: Map<number, (number | null)[]>, devices: number) {
  const values: number[] = [];
  const reachedPerRound: number[] = [];
  /** Per change, to the first device reached: what the change cost before its first frame. */
  const firsts: number[] = [];
  let missed = 0;
  for (const s of sent.slice(warmup)) {
    const row = s.seq === null ? undefined : receipts.get(s.seq);
    let reached = 0;
    let first = Infinity;
    for (let d = 0; d < devices; d++) {
      const t = row?.[d];
      if (t === null || t === undefined) {
        missed++;
        continue;
      }
      reached++;
      values.push(t - s.sentAt);
      first = Math.min(first, t - s.sentAt);
    }
    if (reached > 0) firsts.push(first);
    reachedPerRound.push(reached);
  }
  return { values, reachedPerRound, missed, firsts };
}

async function runKindred(settings: Settings): Promise<{ result: PhaseResult; template: PublicView; setup: string[]; database: string }> {
  const { n, rounds, warmup, intervalMs, processes, client, servers } = settings;
  // Profiling: BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=test-output/prof" (see test/load/profile-summary.ts).
  const kindred = await startKindred({}, servers);
  const url = kindred.server.url;
  const setup: string[] = [];
  let pool: WorkerPool | null = null;
  let facilitator: Facilitator | null = null;
  try {
    const session = await createSession(url, 'full-workshop');
    let t = performance.now();
    const pairs = await joinPairs(url, session.code, n);
    setup.push(`joined ${n} pairs over HTTP in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    facilitator = await Facilitator.connect(url, session);
    await facilitator.must({ type: 'session.start' });
    // A private-answer step and a talk step: going from one to the other opens or closes
    // every pair's answer box (which the phone reads off the public view; before decision
    // 49 it changed every pair's own view too); a timer nudge changes no pair's view.
    const [a] = segmentsOfKind(facilitator.agenda!, 'pairTalk');
    const [b] = segmentsOfKind(facilitator.agenda!, 'privateReveal');
    if (!a || !b) throw new Error('the plan needs a pair-talk and a private-answer segment');
    await facilitator.must({ type: 'segment.goto', segmentId: a.id });

    t = performance.now();
    // With several API processes the devices are spread over all of them; the facilitator stays on the first.
    const connected = await WorkerPool.connect(
      kindred.servers.map((server) => server.url),
      'kindred',
      client,
      pairs.map((p) => ({ role: 'pair', pairToken: p.pairToken, member: null })),
      processes,
    );
    pool = connected.pool;
    const connectMs = performance.now() - t;
    setup.push(`connected ${n - connected.failed}/${n} devices in ${(connectMs / 1000).toFixed(1)} s over ${processes} device process(es)`);
    if (connected.failed > 0) throw new Error(`${connected.failed} devices could not connect: ${connected.errors.join('; ')}`);
    await sleep(1000);

    // Alternate between the two segments, adjusting each one's timer on the way: every action
    // changes the public view (new seq); no pair's own view changes with either.
    const plan = (i: number): WireCommand => {
      const segment = i % 4 < 2 ? b : a;
      return i % 2 === 0 ? { type: 'segment.goto', segmentId: segment.id } : { type: 'timer.adjust', segmentId: segment.id, deltaMs: i % 4 === 1 ? 5000 : -5000 };
    };
    const monitor = new ProcessMonitor(kindred.server.child.pid!);
    const others = kindred.servers.slice(1).map((server) => new ProcessMonitor(server.child.pid!));
    monitor.start();
    for (const other of others) other.start();
    const f = facilitator;
    // A server that falls behind queues the commands: wait long enough to measure how far behind.
    const sent = await onSchedule(warmup + rounds, intervalMs, (i) => f.must(plan(i), 180_000));
    const lastSeq = Math.max(...sent.map((s) => s.seq ?? 0));
    await f.until((x) => (x.publicView?.seq ?? 0) >= lastSeq, 180_000, 'the last update').catch(() => undefined);
    await sleep(2000);
    const usage = monitor.stop();
    for (const [i, other] of others.entries()) {
      const u = other.stop();
      setup.push(`API process ${i + 2}: CPU avg ${(u.cpuAvg * 100).toFixed(0)}%, RSS ${(u.rss / 2 ** 20).toFixed(0)} MiB`);
    }
    const records = await pool.collect();
    const { values, reachedPerRound, missed, firsts } = latencies(sent, warmup, records.receipts, records.devices);
    const measured = sent.slice(warmup);
    const steps = measured.filter((s) => s.round % 2 === 0);
    // A phone is ready for the step once it has the public view and, if one came, its own view of that seq.
    const ready = new Map<number, (number | null)[]>();
    let pairSentWithSteps = 0;
    for (const step of steps) {
      if (step.seq === null) continue;
      const own = records.pairReceipts.get(step.seq);
      pairSentWithSteps += own?.filter((t) => t !== null).length ?? 0;
      ready.set(
        step.seq,
        (records.receipts.get(step.seq) ?? []).map((t, d) => {
          const mine = own?.[d];
          return t === null || t === undefined ? null : mine !== null && mine !== undefined ? Math.max(t, mine) : t;
        }),
      );
    }
    const pair = latencies(steps, 0, ready, records.devices);
    let pairUnchangedSent = 0;
    for (const s of measured.filter((x) => x.round % 2 === 1)) for (const t of (s.seq === null ? undefined : records.pairReceipts.get(s.seq)) ?? []) if (t !== null) pairUnchangedSent++;
    setup.push(`payload: view.public ${records.publicBytes} bytes to every device, plus each pair's own view.pair (${records.pairViews} received in all)`);
    const template = f.publicView!;
    return {
      result: {
        latency: summarize(values),
        first: summarize(firsts),
        pairLatency: summarize(pair.values),
        pairMissed: pair.missed,
        pairSentWithSteps,
        pairUnchangedSent,
        pairSamples: steps.length * records.devices,
        ack: summarize(sent.slice(warmup).filter((x) => x.seq !== null).map((x) => x.ackAt - x.sentAt)),
        reachedPerRound,
        missed,
        samples: rounds * n,
        usage,
        connectMs,
        commandErrors: sent.filter((s) => s.error).map((s) => `round ${s.round}: ${s.error}`),
        disconnects: records.disconnects,
      },
      template,
      setup,
      database: kindred.database,
    };
  } finally {
    facilitator?.close();
    await pool?.close();
    await kindred.stop();
  }
}

async function runBare(settings: Settings, template: PublicView): Promise<PhaseResult> {
  const { n, rounds, warmup, intervalMs, processes, client } = settings;
  const bare = await startBareServer();
  let pool: WorkerPool | null = null;
  const controller = io(bare.url, { path: '/socket.io', auth: { role: 'controller' }, transports: ['websocket'], forceNew: true, reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      controller.once('connect', () => resolve());
      controller.once('connect_error', reject);
    });
    await controller.timeout(5000).emitWithAck('template', template);
    const t = performance.now();
    const connected = await WorkerPool.connect(bare.url, 'bare', client, Array.from({ length: n }, () => ({ role: 'device' })), processes);
    pool = connected.pool;
    const connectMs = performance.now() - t;
    if (connected.failed > 0) throw new Error(`${connected.failed} devices could not connect to the bare server: ${connected.errors.join('; ')}`);
    await sleep(1000);
    const monitor = new ProcessMonitor(bare.child.pid!);
    monitor.start();
    const sent = await onSchedule(warmup + rounds, intervalMs, async (i) => {
      const ack = (await controller.timeout(180_000).emitWithAck('trigger', i + 1)) as { seq: number };
      return ack.seq;
    });
    await sleep(2000);
    const usage = monitor.stop();
    const records = await pool.collect();
    const { values, reachedPerRound, missed, firsts } = latencies(sent, warmup, records.receipts, records.devices);
    return {
      latency: summarize(values),
      first: summarize(firsts),
      pairLatency: null,
      pairMissed: 0,
      pairSentWithSteps: 0,
      pairUnchangedSent: 0,
      pairSamples: 0,
      ack: summarize(sent.slice(warmup).filter((x) => x.seq !== null).map((x) => x.ackAt - x.sentAt)),
      reachedPerRound,
      missed,
      samples: rounds * n,
      usage,
      connectMs,
      commandErrors: sent.filter((s) => s.error).map((s) => `round ${s.round}: ${s.error}`),
      disconnects: records.disconnects,
    };
  } finally {
    controller.disconnect();
    await pool?.close();
    await bare.stop();
  }
}

const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

function row(name: string, latency: Summary, samples: number, missed: number): string {
  const reached = samples - missed;
  return `${name.padEnd(22)}${ms(latency.p50).padStart(11)}${ms(latency.p99).padStart(11)}${ms(latency.max).padStart(11)}   ${reached}/${samples} (${((reached / samples) * 100).toFixed(2)}%)`;
}

async function main(): Promise<void> {
  const opts = new Options(parseArgs(), 'BENCH');
  const small = opts.flag('small');
  const n = opts.int('n', small ? 50 : 1000, 1, 5000);
  const client = opts.string('client') ?? 'lite';
  if (client !== 'lite' && client !== 'socket.io') throw new Error('--client must be lite or socket.io');
  const settings: Settings = {
    n,
    client,
    rounds: opts.int('rounds', small ? 6 : 20, 1, 1000),
    warmup: opts.int('warmup', small ? 1 : 3, 0, 100),
    intervalMs: opts.int('interval', 500, 50, 10_000),
    processes: opts.int('workers', Math.max(1, Math.ceil(n / 2500)), 1, 8),
    servers: opts.int('servers', 1, 1, 4),
  };
  const started = performance.now();
  console.log(`Fan-out benchmark: ${n} devices, ${settings.rounds} updates every ${settings.intervalMs} ms (after ${settings.warmup} warm-up), ${settings.processes} device process(es), ${client} clients`);
  console.log(`machine: ${machineDescription()}; ${loadNote()}`);

  const kindred = await runKindred(settings);
  console.log(`server: apps/api/dist/main.js on ${kindred.database}, LOG_LEVEL=warn`);
  for (const line of kindred.setup) console.log(`setup: ${line}`);
  const bare = opts.flag('no-bare') ? null : await runBare(settings, kindred.template);

  const k = kindred.result;
  console.log('');
  console.log(`${'latency'.padEnd(22)}${'p50'.padStart(11)}${'p99'.padStart(11)}${'max'.padStart(11)}   reached (device × update)`);
  console.log(row('kindred view.public', k.latency, k.samples, k.missed));
  if (bare) console.log(row('bare socket.io', bare.latency, bare.samples, bare.missed));
  if (k.pairLatency) console.log(row('kindred phone ready', k.pairLatency, k.pairSamples, k.pairMissed) + `   (step changes only: public view and, if sent, the pair's own; ${k.pairSentWithSteps} own views came with them)`);
  if (bare) console.log(`our p99 / bare p99: view.public ${(k.latency.p99 / bare.latency.p99).toFixed(2)}x, phone ready for the step (own view) ${k.pairLatency ? (k.pairLatency.p99 / bare.latency.p99).toFixed(2) : '-'}x`);
  // The first device's time is what a change costs before its first frame (the commit, for Kindred).
  if (bare) console.log(`first device of a change reached, p50 over the changes: kindred ${ms(k.first.p50)}, bare ${ms(bare.first.p50)}; mean over devices: kindred ${ms(k.latency.mean)}, bare ${ms(bare.latency.mean)}`);
  console.log(`pair views sent for timer changes (which touch no pair's view): ${k.pairUnchangedSent}`);
  console.log(`sender's ack (command decided, stored; sent before the fan-out): kindred p50 ${ms(k.ack.p50)}, p99 ${ms(k.ack.p99)}` + (bare ? `; bare p50 ${ms(bare.ack.p50)}, p99 ${ms(bare.ack.p99)}` : ''));
  const usage = (u: PhaseResult['usage']) =>
    `CPU ${pct(u.cpuAvg)} of a core on average (busiest ${250} ms: ${pct(u.cpuMax)}), RSS ${mib(u.rss)} (peak ${mib(Math.max(u.rssMax, u.rssPeak))})`;
  console.log(`server kindred:        ${usage(k.usage)}`);
  if (bare) console.log(`server bare socket.io: ${usage(bare.usage)}`);
  if (k.commandErrors.length > 0) console.log(`facilitator command errors: ${k.commandErrors.slice(0, 5).join('; ')}`);
  if (k.disconnects > 0) console.log(`devices disconnected during the run: ${k.disconnects}`);

  const allReached = k.reachedPerRound.length === settings.rounds && k.reachedPerRound.every((r) => r === n) && k.commandErrors.length === 0 && k.pairMissed === 0 && k.pairUnchangedSent === 0;
  const worst = Math.min(...k.reachedPerRound);
  console.log(
    allReached
      ? `reached: ${n}/${n} devices on every update (public view and the pair's own view)`
      : `reached: NOT every device on every update (worst update: ${worst}/${n} public views; ${k.pairMissed} pair views missing, ${k.pairUnchangedSent} unchanged pair views sent)`,
  );
  console.log(`(run took ${((performance.now() - started) / 1000).toFixed(0)} s; at the end: ${loadNote()})`);

  const jsonOut = opts.string('json');
  if (jsonOut) {
    fs.writeFileSync(
      jsonOut,
      JSON.stringify(
        {
          settings,
          machine: machineDescription(),
          database: kindred.database,
          setup: kindred.setup,
          kindred: k,
          bare,
          ratio: bare ? k.latency.p99 / bare.latency.p99 : null,
          pairRatio: bare && k.pairLatency ? k.pairLatency.p99 / bare.latency.p99 : null,
        },
        null,
        2,
      ),
    );
  }
  process.exitCode = allReached ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
