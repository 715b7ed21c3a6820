import type { PublicView } from '@kindred/session';
import { Pool } from 'pg';
import { openSocket, whenHello, type KindredSocket } from '../../load/lib/kindred';
import { sleep } from '../../load/lib/stats';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../../support/server-process';
import { TcpProxy } from './tcp-proxy';

/** Pairs per scenario: CI runs 20; the full scale is FAULT_PAIRS=100 (or 200 for SIGTERM). */
export const PAIRS = Number(process.env.FAULT_PAIRS ?? 20);
/** How long each outage lasts. */
export const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 15_000);
const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/6';

/** These scenarios need a real PostgreSQL and Redis: skipped locally without them, failing in CI. */
export function needsRealServices(): boolean {
  if (process.env.DATABASE_URL) return true;
  if (process.env.CI) throw new Error('The fault scenarios need DATABASE_URL (a real PostgreSQL) and Redis.');
  return false;
}

/**
 * Several API processes (the production build) on one PostgreSQL and one Redis, each
 * reached through a proxy of ours the test can cut or blackhole. `sql` goes to the
 * database directly, to check what was stored.
 */
export class Cluster {
  readonly processes: ServerProcess[] = [];
  private constructor(
    readonly pg: TcpProxy,
    readonly redis: TcpProxy,
    private readonly db: Awaited<ReturnType<typeof freshDatabaseEnv>>,
    private readonly sqlClient: Pool,
    private readonly env: Record<string, string>,
  ) {}

  static async start(count: number, env: Record<string, string> = {}): Promise<Cluster> {
    const db = await freshDatabaseEnv();
    const direct = new URL(db.env.DATABASE_URL!);
    const redisUrl = new URL(REDIS_URL);
    const pg = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
    const redis = await TcpProxy.start({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const sqlClient = new Pool({ connectionString: db.env.DATABASE_URL, max: 4 });
    const cluster = new Cluster(pg, redis, db, sqlClient, {
      ...db.env,
      DATABASE_URL: pg.rewrite(db.env.DATABASE_URL!),
      REDIS_URL: redis.rewrite(REDIS_URL),
      LOG_LEVEL: 'info',
      ...env,
    });
    for (let i = 0; i < count; i++) cluster.processes.push(await startServerProcess(cluster.env));
    return cluster;
  }

  async sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.sqlClient.query(text, params)).rows as T[];
  }

  /** JSON log lines of a process with this message. */
  logLines(p: ServerProcess, msg: string): Record<string, unknown>[] {
    return p
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === msg);
  }

  async close(): Promise<void> {
    // A process that died on its own is a finding: show why.
    for (const p of this.processes) {
      if (p.child.exitCode !== null && p.child.exitCode !== 0) console.log(`process on port ${p.port} exited with ${p.child.exitCode}:\n${p.output().slice(-4000)}`);
    }
    for (const p of this.processes) await p.kill().catch(() => undefined);
    await this.pg.close();
    await this.redis.close();
    await this.sqlClient.end().catch(() => undefined);
    await this.db.drop();
  }
}

/** A phone: reconnects like the web app (1 s doubling to 5 s), remembers when it first saw each step. */
export class Phone {
  readonly socket: KindredSocket;
  view: PublicView | null = null;
  readonly firstSeen = new Map<string, number>();
  readonly disconnectReasons: string[] = [];

  constructor(url: string, auth: Record<string, unknown>, cookie?: string) {
    this.socket = openSocket(url, auth, cookie, { reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000 });
    this.socket.on('view.public', (v) => this.onPublicView(v));
    // A step change that alters a pair's own view arrives as one frame with both.
    this.socket.on('view.update', (update) => this.onPublicView(update.public));
    this.socket.on('disconnect', (reason) => this.disconnectReasons.push(reason));
  }

  private onPublicView(v: PublicView): void {
    if (this.view && v.seq < this.view.seq) return;
    this.view = v;
    const key = stepKey(v);
    if (key && !this.firstSeen.has(key)) this.firstSeen.set(key, Date.now());
  }

  static async connect(url: string, auth: Record<string, unknown>, cookie?: string): Promise<Phone> {
    const phone = new Phone(url, auth, cookie);
    await whenHello(phone.socket);
    return phone;
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** What a step change looks like in the public view: the segment and the timer's state. */
export function stepKey(v: PublicView): string | null {
  return v.position ? `${v.position.segmentId}:${v.timer.status}` : null;
}

/** How long after `since` the slowest phone first saw `key` (Infinity if one never did within `timeoutMs`). */
export async function slowestToSee(phones: readonly Phone[], key: string, since: number, timeoutMs: number): Promise<number> {
  const deadline = since + timeoutMs;
  while (Date.now() < deadline && !phones.every((p) => p.firstSeen.has(key))) await sleep(25);
  return Math.max(...phones.map((p) => (p.firstSeen.get(key) ?? Infinity) - since));
}

export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
