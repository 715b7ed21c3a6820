/**
 * Memory benchmark (`npm run bench:memory`), two parts:
 *
 * 1. Sessions leave nothing behind: the production server (apps/api/dist) runs inside
 *    this process, so a full GC can be forced (--expose-gc). Heap after GC on a fresh
 *    server (after a few warm-up sessions, so code that loads lazily has loaded) against
 *    heap after GC once N more sessions were created, run (a facilitator, a pair, a
 *    running timer, a name) and ended.
 * 2. Memory per connected pair device: a server process (with --inspect, so the benchmark
 *    can force a full GC in it), its heap used and RSS after a GC, once settled, with the
 *    sessions created, against the same once D pairs joined and connected (lite clients
 *    in other processes).
 *
 *   npm run bench:memory -- [--sessions 1000] [--devices 10000] [--small] [--part sessions|devices] [--snapshots]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Options, parseArgs } from './lib/cli';
import { Facilitator, joinPairs, openSocket, sendCommand, whenHello, type BenchSession } from './lib/kindred';
import { Inspector, inspectorUrl, type ServerMemory } from './lib/inspector';
import { loadNote, machineDescription, memory } from './lib/proc';
import { startKindred } from './lib/servers';
import { mib, sleep } from './lib/stats';
import { WorkerPool } from './lib/workers';
import { freshDatabaseEnv } from '../support/server-process';

const ROOT = path.resolve(__dirname, '../..');
const gc = (globalThis as { gc?: () => void }).gc;

async function post<T>(url: string, body: unknown, cookie?: string): Promise<{ status: number; body: T; cookie: string | null }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

async function signUp(url: string): Promise<string> {
  const res = await post(`${url}/api/auth/signup`, { email: `memory-${Date.now()}@example.org`, password: 'a benchmark password', displayName: 'Memory Bench' });
  if (!res.cookie) throw new Error(`signup failed: ${res.status}`);
  return res.cookie;
}

async function openSession(url: string, cookie: string): Promise<BenchSession> {
  const res = await post<{ id: string; code: string; projectorToken: string }>(`${url}/api/sessions`, { title: 'Memory evening', planId: 'taster', language: 'en', ageBand: 'teen' }, cookie);
  if (res.status !== 201) throw new Error(`create session failed (${res.status})`);
  return { ...res.body, cookie };
}

/** One whole session: created, run by a facilitator with one pair on a phone, ended. */
async function oneSession(url: string, cookie: string): Promise<void> {
  const session = await openSession(url, cookie);
  const [pair] = await joinPairs(url, session.code, 1);
  const phone = openSocket(url, { role: 'pair', pairToken: pair!.pairToken, member: null });
  await whenHello(phone);
  const facilitator = await Facilitator.connect(url, session);
  try {
    await facilitator.must({ type: 'session.start' });
    const segmentId = facilitator.view?.position?.segmentId ?? facilitator.agenda!.sections[0]!.segments[0]!.id;
    await facilitator.must({ type: 'timer.start', segmentId });
    const ack = await sendCommand(phone, { type: 'pair.setMembers', members: { mother: 'Amina' } });
    if (!ack.ok) throw new Error(`pair.setMembers refused: ${ack.code}`);
    await facilitator.must({ type: 'session.end' });
  } finally {
    phone.disconnect();
    facilitator.close();
  }
}

function heapAfterGc(): number {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

async function sessionsPart(sessions: number): Promise<void> {
  if (!gc) throw new Error('Run with --expose-gc: node --expose-gc --import tsx test/load/memory.ts');
  const db = await freshDatabaseEnv();
  // The production build, in this process (CommonJS output of apps/api).
  const dist = (file: string) => import(pathToFileURL(path.join(ROOT, 'apps/api/dist', file)).href);
  const { startServer } = (await dist('server.js')) as { startServer: (config: unknown, logger: unknown) => Promise<{ url: string; stop(): Promise<void> }> };
  const { loadConfig } = (await dist('config/config.js')) as { loadConfig: (env: Record<string, string>) => unknown };
  const { JsonLogger } = (await dist('logging/json-logger.js')) as { JsonLogger: new (level: string, write: (line: string) => void) => unknown };
  const config = loadConfig({ ...db.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_TIMEOUT_MS: '15000', JOINS_PER_ADDRESS_PER_MINUTE: '1000000', KINDRED_WEB_DIST: '/nonexistent' });
  const server = await startServer(config, new JsonLogger('warn', () => undefined));
  const url = server.url;
  try {
    const cookie = await signUp(url);
    for (let i = 0; i < 20; i++) await oneSession(url, cookie); // warm-up
    await sleep(2000);
    const fresh = heapAfterGc();
    const started = performance.now();
    for (let i = 0; i < sessions; i++) {
      await oneSession(url, cookie);
      if ((i + 1) % 100 === 0) console.log(`  ${i + 1} sessions (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    await sleep(2000); // sockets closing, throttled views flushing
    const after = heapAfterGc();
    const change = (after - fresh) / fresh;
    console.log('');
    console.log(`heap after a full GC: fresh server ${mib(fresh)} (${fresh} B); after ${sessions} sessions created, run and ended ${mib(after)} (${after} B)`);
    console.log(`change: ${(change * 100).toFixed(1)}% (${((after - fresh) / sessions).toFixed(0)} B per session)`);
  } finally {
    await server.stop();
    await db.drop();
  }
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function describe(m: ServerMemory & { rounds: number }): string {
  return `heap used ${mib(m.heapUsed)} (${m.heapUsed} B, heap total ${mib(m.heapTotal)}, external ${mib(m.external)}), RSS ${mib(m.rss)} (${m.rss} B); settled after ${m.rounds} GC rounds`;
}

/**
 * The server runs with `--inspect=127.0.0.1:0` and each reading is taken through the
 * inspector: a full GC in the server, then readings until its RSS stops moving
 * (Inspector.settledMemory). The baseline is the same process before the devices connect.
 * `--snapshots`: heap snapshots of the server at both points, in test-output/memory/.
 */
async function devicesPart(devices: number, snapshots: boolean): Promise<void> {
  const perSession = Math.min(devices, 500);
  const sessionCount = Math.ceil(devices / perSession);
  const kindred = await startKindred({ DATABASE_TIMEOUT_MS: '15000', MAX_PAIRS_PER_SESSION: String(perSession + 1), JOINS_PER_ADDRESS_PER_MINUTE: '1000000', MAX_SOCKETS_PER_CREDENTIAL: '4' }, 1, ['--inspect=127.0.0.1:0']);
  const url = kindred.server.url;
  const pid = kindred.server.child.pid!;
  const inspector = await Inspector.connect(inspectorUrl(kindred.server.output()));
  const snapshotDir = path.join(ROOT, 'test-output/memory');
  if (snapshots) fs.mkdirSync(snapshotDir, { recursive: true });
  const snapshot = async (name: string) => {
    if (!snapshots) return;
    const file = path.join(snapshotDir, `${name}-${devices}.heapsnapshot`);
    await inspector.writeHeapSnapshot(file);
    console.log(`  heap snapshot: ${path.relative(ROOT, file)}`);
  };
  let pool: WorkerPool | null = null;
  const facilitators: Facilitator[] = [];
  try {
    const cookie = await signUp(url);
    const sessions: BenchSession[] = [];
    for (let i = 0; i < sessionCount; i++) {
      const session = await openSession(url, cookie);
      sessions.push(session);
      const facilitator = await Facilitator.connect(url, session);
      facilitators.push(facilitator);
      await facilitator.must({ type: 'session.start' });
    }
    // Code that loads lazily (the pair join route, the device handshake) loads before the baseline.
    const [warm] = await joinPairs(url, sessions[0]!.code, 1);
    const warmPhone = openSocket(url, { role: 'pair', pairToken: warm!.pairToken, member: null });
    await whenHello(warmPhone);
    warmPhone.disconnect();
    await sleep(3000);
    const before = await inspector.settledMemory();
    await snapshot('before');
    const auths = [];
    for (const [i, session] of sessions.entries()) {
      const pairs = await joinPairs(url, session.code, Math.min(perSession, devices - i * perSession));
      auths.push(...pairs.map((p) => ({ role: 'pair', pairToken: p.pairToken, member: null })));
    }
    const connected = await WorkerPool.connect(url, 'kindred', 'lite', auths, Math.max(1, Math.ceil(devices / 2500)));
    pool = connected.pool;
    if (connected.failed > 0) throw new Error(`${connected.failed} devices could not connect: ${connected.errors.slice(0, 3).join('; ')}`);
    await sleep(5000);
    // What this benchmark printed before it forced a GC, for comparison with older records.
    const unsettledRss = memory(pid).rss;
    const after = await inspector.settledMemory();
    await snapshot('after');
    console.log('');
    console.log(`server with ${sessionCount} running sessions and their facilitators, 0 devices: ${describe(before)}`);
    console.log(`the same with ${devices} pairs joined and connected: ${describe(after)}`);
    console.log(`per connected pair device, its pair's data included: heap used ${kib((after.heapUsed - before.heapUsed) / devices)}, RSS ${kib((after.rss - before.rss) / devices)}`);
    console.log(`(RSS 5 s after the last connect, before any forced GC: ${mib(unsettledRss)}, ${kib((unsettledRss - before.rss) / devices)} per device against the settled baseline)`);
  } finally {
    inspector.close();
    for (const f of facilitators) f.close();
    await pool?.close();
    await kindred.stop();
  }
}

async function main(): Promise<void> {
  const opts = new Options(parseArgs(), 'BENCH');
  const small = opts.flag('small');
  const sessions = opts.int('sessions', small ? 50 : 1000, 1, 100_000);
  const devices = opts.int('devices', small ? 200 : 10_000, 1, 50_000);
  const part = opts.string('part');
  const snapshots = opts.flag('snapshots');
  console.log(`Memory benchmark. machine: ${machineDescription()}; ${loadNote()}`);
  if (!part || part === 'sessions') {
    console.log(`Part 1: ${sessions} sessions created, run and ended, on the production server in this process`);
    await sessionsPart(sessions);
  }
  if (!part || part === 'devices') {
    console.log(`Part 2: ${devices} pair devices connected to a server process`);
    await devicesPart(devices, snapshots);
  }
  console.log(`(at the end: ${loadNote()})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
