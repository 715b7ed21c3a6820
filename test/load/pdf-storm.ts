/**
 * PDF storm benchmark (`npm run bench:pdf`): while the pairs of one session download
 * their handout PDFs over and over (each pair re-asks the moment its PDF arrives), the
 * facilitator of another session changes the step on a fixed clock and we time how long
 * each of its connected pairs waits for the new public view. Prints that latency with no
 * PDFs (the baseline, same run, same server) and during the storm, once for the worker
 * pool (the default) and once with PDF_WORKERS=0 (PDFs rendered on the event loop, as
 * before), each on its own fresh server.
 *
 *   npm run bench:pdf -- [--pdfs 20] [--pairs 100] [--rounds 40] [--interval-ms 250] [--small]
 */
import { Options, parseArgs } from './lib/cli';
import { allSegments, createSession, Facilitator, joinPairs, openSocket, whenHello, type KindredSocket } from './lib/kindred';
import { loadNote, machineDescription, ProcessMonitor } from './lib/proc';
import { startKindred } from './lib/servers';
import { mib, ms, sleep, summarize, wallNow, type Summary } from './lib/stats';

interface PhaseResult {
  latency: Summary;
  missed: number;
  pdfs: number;
  refused: number;
  pdfMs: Summary;
  usage: ReturnType<ProcessMonitor['stop']>;
}

/** Step changes on a fixed clock; each device's first view.public (or view.update) after a send counts for it. */
async function timeUpdates(facilitator: Facilitator, devices: KindredSocket[], segmentIds: string[], rounds: number, intervalMs: number): Promise<{ latencies: number[]; missed: number }> {
  const latencies: number[] = [];
  let missed = 0;
  for (let round = 0; round < rounds; round++) {
    const roundStart = wallNow();
    const arrivals = devices.map(
      (socket) =>
        new Promise<number | null>((resolve) => {
          // A step change that alters the pair's own view too comes as view.update.
          const stop = () => (socket.off('view.public', onView), socket.off('view.update', onView));
          const timer = setTimeout(() => (stop(), resolve(null)), 10_000);
          function onView() {
            clearTimeout(timer);
            stop();
            resolve(wallNow());
          }
          socket.on('view.public', onView);
          socket.on('view.update', onView);
        }),
    );
    const sentAt = wallNow();
    await facilitator.must({ type: 'segment.goto', segmentId: segmentIds[round % segmentIds.length]! }, 30_000);
    for (const at of await Promise.all(arrivals)) {
      if (at === null) missed++;
      else latencies.push(at - sentAt);
    }
    const wait = roundStart + intervalMs - wallNow();
    if (wait > 0) await sleep(wait);
  }
  return { latencies, missed };
}

async function runMode(mode: 'worker pool' | 'event loop', settings: { pdfs: number; pairs: number; rounds: number; intervalMs: number }) {
  // A generous database timeout: on a shared, busy machine twenty handout queries at once
  // can take over the default 3 s, and the server would then answer 503 for a while.
  const kindred = await startKindred({ DATABASE_TIMEOUT_MS: '15000', ...(mode === 'event loop' ? { PDF_WORKERS: '0' } : {}) });
  const url = kindred.server.url;
  const sockets: KindredSocket[] = [];
  let facilitator: Facilitator | null = null;
  try {
    // The session whose pairs download PDFs.
    const handoutSession = await createSession(url, 'full-workshop');
    const downloaders = await joinPairs(url, handoutSession.code, settings.pdfs);
    // The live session whose pairs we time.
    const live = await createSession(url, 'full-workshop');
    const pairs = await joinPairs(url, live.code, settings.pairs);
    for (const pair of pairs) sockets.push(openSocket(url, { role: 'pair', pairToken: pair.pairToken, member: null }));
    await Promise.all(sockets.map((s) => whenHello(s)));
    facilitator = await Facilitator.connect(url, live);
    await facilitator.must({ type: 'session.start' });
    const segmentIds = allSegments(facilitator.agenda!)
      .slice(0, 6)
      .map((s) => s.id);
    const pid = kindred.server.child.pid!;

    const phase = async (storm: boolean): Promise<PhaseResult> => {
      console.log(`  ${mode}: ${storm ? `${settings.pdfs} pairs downloading PDFs` : 'no PDFs'} (${loadNote()})`);
      await timeUpdates(facilitator!, sockets, segmentIds, 3, settings.intervalMs); // warm-up
      let stop = false;
      let refused = 0;
      const failed = new Map<string, number>();
      const pdfTimes: number[] = [];
      const download = async (pairId: string, token: string) => {
        while (!stop) {
          const started = wallNow();
          const res = await fetch(`${url}/api/handouts/${pairId}/pdf`, { headers: { authorization: `Bearer ${token}` } }).catch((error: unknown) => {
            failed.set(String(error), (failed.get(String(error)) ?? 0) + 1);
            return null;
          });
          if (!res) continue;
          const body = Buffer.from(await res.arrayBuffer());
          if (res.status === 200 && body.subarray(0, 5).toString('latin1') === '%PDF-') pdfTimes.push(wallNow() - started);
          else if (res.status === 429) refused++;
          else {
            const code = `${res.status} ${(JSON.parse(body.toString('utf8')) as { code?: string }).code ?? ''}`;
            failed.set(code, (failed.get(code) ?? 0) + 1);
          }
        }
      };
      const storming = storm ? downloaders.map((d) => download(d.pairId, d.pairToken)) : [];
      if (storm) await sleep(500); // let the storm build up
      const monitor = new ProcessMonitor(pid);
      monitor.start();
      const { latencies, missed } = await timeUpdates(facilitator!, sockets, segmentIds, settings.rounds, settings.intervalMs);
      const usage = monitor.stop();
      stop = true;
      await Promise.all(storming);
      if (failed.size > 0) console.log(`  ${storm ? 'storm' : 'quiet'} (${mode}): other answers ${[...failed].map(([k, v]) => `${k} × ${v}`).join(', ')}`);
      return { latency: summarize(latencies), missed, pdfs: pdfTimes.length, refused, pdfMs: summarize(pdfTimes), usage };
    };
    const quiet = await phase(false);
    const storm = await phase(true);
    return { mode, quiet, storm };
  } finally {
    for (const s of sockets) s.disconnect();
    facilitator?.close();
    await kindred.stop();
  }
}

async function main(): Promise<void> {
  const opts = new Options(parseArgs(), 'BENCH');
  const small = opts.flag('small');
  const settings = {
    pdfs: opts.int('pdfs', small ? 4 : 20, 1, 200),
    pairs: opts.int('pairs', small ? 10 : 100, 1, 2000),
    rounds: opts.int('rounds', small ? 8 : 40, 1, 10_000),
    intervalMs: opts.int('interval-ms', 250, 10, 60_000),
  };
  const modes = opts.string('modes')?.split(',') ?? ['worker pool', 'event loop'];
  console.log(`PDF storm benchmark: ${settings.pdfs} pairs of one session download their handout PDF over and over;`);
  console.log(`${settings.pairs} pairs of another session are timed on ${settings.rounds} step changes, one every ${settings.intervalMs} ms`);
  console.log(`machine: ${machineDescription()}; ${loadNote()}`);
  const header = `${'live updates (view.public)'.padEnd(40)}${'p50'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}${'missed'.padStart(8)}${'PDFs'.padStart(7)}${'429s'.padStart(8)}${'PDF p50'.padStart(11)}   server CPU avg / RSS max`;
  const rows: string[] = [];
  let failures = 0;
  for (const mode of modes) {
    if (mode !== 'worker pool' && mode !== 'event loop') throw new Error('--modes: "worker pool" and/or "event loop"');
    // Each mode's rows print as soon as they are measured: a mode that fails (the event
    // loop one can stall the server past the sockets' ping timeout) keeps the others'.
    const result = await runMode(mode, settings).catch((error: unknown) => {
      failures++;
      rows.push(`${mode}: the run failed (${String(error)})`);
      return null;
    });
    if (result) {
      for (const [name, phase] of [
        ['no PDFs (baseline)', result.quiet],
        [`${settings.pdfs} PDFs at a time`, result.storm],
      ] as const) {
        rows.push(
          `${`${mode}, ${name}`.padEnd(40)}${ms(phase.latency.p50).padStart(10)}${ms(phase.latency.p99).padStart(10)}${ms(phase.latency.max).padStart(10)}${String(phase.missed).padStart(8)}` +
            `${String(phase.pdfs).padStart(7)}${String(phase.refused).padStart(8)}${(phase.pdfs ? ms(phase.pdfMs.p50) : '-').padStart(11)}   ${(phase.usage.cpuAvg * 100).toFixed(0)}% / ${mib(phase.usage.rssMax)}`,
        );
      }
    }
    console.log('');
    console.log(header);
    for (const row of rows) console.log(row);
  }
  if (failures > 0) process.exitCode = 1;
  console.log(`(at the end: ${loadNote()})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
