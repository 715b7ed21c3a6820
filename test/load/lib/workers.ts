import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ClientKind, DeviceAuth, FromWorker, ToWorker } from './protocol';

const ROOT = path.resolve(__dirname, '../../..');

type Reply<K extends FromWorker['op']> = Extract<FromWorker, { op: K }>;

/** One forked process holding a share of the devices. */
class DeviceWorker {
  private waiting: { op: FromWorker['op']; resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  readonly exited: Promise<void>;

  constructor(
    readonly child: ChildProcess,
    readonly offset: number,
    readonly count: number,
  ) {
    child.on('message', (msg: FromWorker) => {
      const waiting = this.waiting;
      if (!waiting) return;
      this.waiting = null;
      if (msg.op === 'error') waiting.reject(new Error(`device worker: ${msg.message}`));
      else if (msg.op !== waiting.op) waiting.reject(new Error(`device worker answered ${msg.op}, expected ${waiting.op}`));
      else waiting.resolve(msg);
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.waiting?.reject(new Error(`device worker exited (${code})`));
        this.waiting = null;
        resolve();
      }),
    );
  }

  request<K extends FromWorker['op']>(message: ToWorker, expect: K): Promise<Reply<K>> {
    if (this.waiting) throw new Error('one request at a time per worker');
    return new Promise((resolve, reject) => {
      this.waiting = { op: expect, resolve: resolve as (m: FromWorker) => void, reject };
      this.child.send(message);
    });
  }
}

/** Device sockets spread over `processes` child processes (each runs lib/device-worker.ts). */
export class WorkerPool {
  private constructor(readonly workers: DeviceWorker[]) {}

  /** Splits `devices` evenly over the workers and connects them all. */
  /** Device i connects to `urls[i % urls.length]` (a string for one server). */
  static async connect(
    urls: string | string[],
    mode: 'kindred' | 'bare',
    client: ClientKind,
    devices: DeviceAuth[],
    processes: number,
    concurrency = 50,
    sources?: string[],
  ): Promise<{ pool: WorkerPool; failed: number; errors: string[]; ms: number }> {
    const per = Math.ceil(devices.length / processes);
    const workers: DeviceWorker[] = [];
    for (let offset = 0; offset < devices.length; offset += per) {
      const child = fork(path.join(__dirname, 'device-worker.ts'), [], {
        cwd: ROOT,
        // Diagnosis: BENCH_WORKER_NODE_ARGS="--trace-gc" shows the device processes' own pauses.
        execArgv: ['--import', 'tsx', '--max-old-space-size=4096', ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(new DeviceWorker(child, offset, Math.min(per, devices.length - offset)));
    }
    const pool = new WorkerPool(workers);
    const started = performance.now();
    const replies = await Promise.all(
      workers.map((w) => w.request(
          {
            op: 'connect',
            // Rotated by the worker's offset so the global index decides the server.
            urls: rotate(typeof urls === 'string' ? [urls] : urls, w.offset),
            mode,
            client,
            devices: devices.slice(w.offset, w.offset + w.count),
            concurrency,
            sources: sources?.slice(w.offset, w.offset + w.count),
          },
          'connected',
        )),
    );
    return {
      pool,
      failed: replies.reduce((n, r) => n + r.failed, 0),
      errors: replies.flatMap((r) => r.errors),
      ms: performance.now() - started,
    };
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid!).filter(Boolean);
  }

  /** Sends one message to every worker; `messageFor` may tailor it to the worker's share. */
  all<K extends FromWorker['op']>(messageFor: (offset: number, count: number) => ToWorker, expect: K): Promise<Reply<K>[]> {
    return Promise.all(this.workers.map((w) => w.request(messageFor(w.offset, w.count), expect)));
  }

  /** Receipt times indexed by global device index: `receipts[seq][device]`. */
  async collect(): Promise<{
    receipts: Map<number, (number | null)[]>;
    pairReceipts: Map<number, (number | null)[]>;
    publicBytes: number;
    pairViews: number;
    disconnects: number;
    devices: number;
  }> {
    const replies = await this.all(() => ({ op: 'collect' }), 'records');
    const devices = this.workers.reduce((n, w) => n + w.count, 0);
    const merge = (pick: (r: (typeof replies)[number]) => Record<string, (number | null)[]>) => {
      const merged = new Map<number, (number | null)[]>();
      replies.forEach((r, wi) => {
        const w = this.workers[wi]!;
        for (const [seq, times] of Object.entries(pick(r))) {
          let row = merged.get(Number(seq));
          if (!row) merged.set(Number(seq), (row = new Array<number | null>(devices).fill(null)));
          times.forEach((t, i) => (row[w.offset + i] = t));
        }
      });
      return merged;
    };
    return {
      receipts: merge((r) => r.receipts),
      pairReceipts: merge((r) => r.pairReceipts),
      publicBytes: Math.max(...replies.map((r) => r.publicBytes)),
      pairViews: replies.reduce((n, r) => n + r.pairViews, 0),
      disconnects: replies.reduce((n, r) => n + r.disconnects, 0),
      devices,
    };
  }

  async close(): Promise<void> {
    for (const w of this.workers) {
      if (w.child.connected) w.child.send({ op: 'close' } satisfies ToWorker);
    }
    const timeout = setTimeout(() => this.workers.forEach((w) => w.child.exitCode === null && w.child.kill('SIGKILL')), 5000);
    await Promise.all(this.workers.map((w) => w.exited));
    clearTimeout(timeout);
  }
}

function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
