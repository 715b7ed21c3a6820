import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, freshDatabaseEnv, startServerProcess, type ServerProcess } from '../../support/server-process';

const ROOT = path.resolve(__dirname, '../../..');

export interface KindredUnderTest {
  /** The first process (the facilitator's); `servers` holds every process. */
  server: ServerProcess;
  servers: ServerProcess[];
  /** What the server runs on, for the report. */
  database: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The production build on a fresh database (PostgreSQL when DATABASE_URL is set), logging warnings only.
 * `nodeArgs`: flags for the server processes (e.g. `--inspect=127.0.0.1:0` for the memory benchmark).
 */
export async function startKindred(extraEnv: Record<string, string> = {}, processes = 1, nodeArgs: readonly string[] = []): Promise<KindredUnderTest> {
  if (!fs.existsSync(path.join(ROOT, 'apps/api/dist/main.js'))) throw new Error('The benchmark runs the production build: run `npm run build` first.');
  // Diagnosis only (e.g. BENCH_SYNCHRONOUS_COMMIT=off shows how much of a figure is commit latency); never for the record.
  const synchronousCommit = process.env.BENCH_SYNCHRONOUS_COMMIT;
  if (synchronousCommit && !/^(on|off|local|remote_write|remote_apply)$/.test(synchronousCommit)) {
    throw new Error('BENCH_SYNCHRONOUS_COMMIT: on, off, local, remote_write or remote_apply');
  }
  const db = await freshDatabaseEnv();
  const env: Record<string, string> = { ...db.env, LOG_LEVEL: 'warn', ...extraEnv };
  if (synchronousCommit && env.DATABASE_URL) {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const name = new URL(env.DATABASE_URL).pathname.slice(1);
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(name)} SET synchronous_commit = ${synchronousCommit}`).finally(() => client.end());
  }
  if (processes > 1) {
    // Several processes share the database and fan out through Redis (docs/deploy.md).
    if (!env.DATABASE_URL) throw new Error('Several server processes need DATABASE_URL (a PostgreSQL they share).');
    env.REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/6';
  }
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServerProcess(env, undefined, nodeArgs));
  } catch (error) {
    for (const started of servers) await started.stop();
    await db.drop();
    throw error;
  }
  const server = servers[0]!;
  const database =
    (env.DATABASE_URL ? `PostgreSQL (fresh database ${new URL(env.DATABASE_URL).pathname.slice(1)})` : 'embedded PGlite (DATABASE_URL not set)') +
    (synchronousCommit ? `, synchronous_commit=${synchronousCommit} (DIAGNOSIS)` : '') +
    (processes > 1 ? `, ${processes} API processes with the Redis adapter` : '');
  return {
    server,
    servers,
    database,
    env,
    async stop() {
      for (const started of servers) await started.stop();
      await db.drop();
    },
  };
}

export interface BareServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The baseline socket.io server (lib/bare-server.mjs) in its own process. */
export async function startBareServer(): Promise<BareServer> {
  const port = await freePort();
  // Profiling the baseline too: BENCH_BARE_NODE_ARGS="--cpu-prof --cpu-prof-dir=test-output/prof-bare".
  const nodeArgs = (process.env.BENCH_BARE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, 'bare-server.mjs')], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bare socket.io server did not start')), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`bare socket.io server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
