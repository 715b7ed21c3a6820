import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the PostgreSQL of DATABASE_URL, or an embedded one in a temp folder. */
export async function freshDatabaseEnv(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-e2e-'));
  const base = process.env.DATABASE_URL;
  if (!base) {
    return { env: { KINDRED_DATA_DIR: path.join(dataDir, 'data') }, drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })) };
  }
  const name = `kindred_e2e_${randomBytes(6).toString('hex')}`;
  await admin(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), KINDRED_DATA_DIR: path.join(dataDir, 'data') },
    drop: async () => {
      await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the production build (`apps/api/dist/main.js`, serving `apps/web/dist`) and waits for /health/ready. */
export async function startServerProcess(env: Record<string, string>, port?: number, extraNodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const listenPort = port ?? (await freePort());
  // Node flags not allowed in NODE_OPTIONS, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=test-output/prof".
  const nodeArgs = [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...extraNodeArgs];
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    // Every simulated phone comes from 127.0.0.1: a whole room (or a benchmark's thousand pairs)
    // on one address, past the per-address join brake and the pairs-per-session cap meant for real rooms.
    env: {
      ...process.env,
      MAX_PAIRS_PER_SESSION: '100000',
      JOINS_PER_ADDRESS_PER_MINUTE: '100000',
      ...env,
      PORT: String(listenPort),
      HOST: env.HOST ?? '127.0.0.1',
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  // Generous: on a loaded shared machine a first start (migrations on a fresh database) can take a minute.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port: listenPort,
    child,
    output: () => out,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
