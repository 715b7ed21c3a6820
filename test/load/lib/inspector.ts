import fs from 'node:fs';
import WebSocket from 'ws';
import { sleep } from './stats';

/** The server's inspector address, from the line Node prints when started with `--inspect=127.0.0.1:0`. */
export function inspectorUrl(output: string): string {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
  if (!url) throw new Error('the server process was not started with --inspect (no "Debugger listening" line)');
  return url;
}

/** What `process.memoryUsage()` says inside the server, in bytes. */
export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/**
 * A Chrome DevTools Protocol session with a server process (benchmarks only): forces a
 * full garbage collection (`HeapProfiler.collectGarbage`), reads `process.memoryUsage()`
 * and takes heap snapshots, with no code in the server for it.
 */
export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, (params: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse((data as Buffer).toString('utf8')) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown };
      if (msg.id !== undefined) {
        const waiter = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) waiter?.reject(new Error(msg.error.message));
        else waiter?.resolve(msg.result);
      } else if (msg.method) {
        this.listeners.get(msg.method)?.(msg.params);
      }
    });
  }

  static async connect(url: string): Promise<Inspector> {
    const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 2 ** 30 });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new Inspector(ws);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** A full, compacting garbage collection in the server. */
  async collectGarbage(): Promise<void> {
    await this.send('HeapProfiler.collectGarbage');
  }

  async memoryUsage(): Promise<ServerMemory> {
    const res = await this.send<{ result: { value: ServerMemory } }>('Runtime.evaluate', { expression: 'process.memoryUsage()', returnByValue: true });
    return res.result.value;
  }

  /**
   * Memory once it has settled: a full GC, then a reading every second, until the RSS of
   * two readings in a row is within 0.5% of the one before (or `maxRounds` readings).
   * The last reading counts. RSS lags the heap (freed pages go back to the system late,
   * if at all), so one reading right after a GC can still show memory that is on its way out.
   */
  async settledMemory(maxRounds = 20): Promise<ServerMemory & { rounds: number }> {
    let previous: ServerMemory | null = null;
    let steady = 0;
    for (let round = 1; ; round++) {
      await this.collectGarbage();
      const now = await this.memoryUsage();
      if (previous && Math.abs(now.rss - previous.rss) <= previous.rss * 0.005) steady++;
      else steady = 0;
      if (steady >= 2 || round >= maxRounds) return { ...now, rounds: round };
      previous = now;
      await sleep(1000);
    }
  }

  /** Writes a heap snapshot of the server (after a GC, as V8 takes them) to `file`. */
  async writeHeapSnapshot(file: string): Promise<void> {
    const out = fs.createWriteStream(file);
    this.listeners.set('HeapProfiler.addHeapSnapshotChunk', (params) => out.write((params as { chunk: string }).chunk));
    try {
      await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      this.listeners.delete('HeapProfiler.addHeapSnapshotChunk');
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
  }

  close(): void {
    this.ws.close();
  }
}
