import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The data folder ${dataDir} is in use by another Kindred server (pid ${pid}). Stop it, or set KINDRED_DATA_DIR to another folder.`);
  }
}

/**
 * PGlite does not lock its data folder, so two servers could open it at once and
 * corrupt it. We hold our own lock file with our pid; a lock whose process is gone
 * is stale and taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      fs.unlinkSync(lockPath); // stale: its process died without cleaning up
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PostgreSQL settings for a small footprint. PGlite runs one backend in the server's
 * process, so its buffers are the server's resident memory: the stock 128 MB of shared
 * buffers alone is most of an idle server. A workshop's data is a few MB, which 16 MB
 * of buffers hold whole (docs/benchmarks.md "Memory").
 */
export const EMBEDDED_MEMORY_SETTINGS = ['shared_buffers=16MB', 'temp_buffers=2MB', 'work_mem=2MB', 'maintenance_work_mem=16MB', 'wal_buffers=1MB'];

/**
 * A first start creates the data folder in a child process (prepare-embedded-data.ts):
 * the server then opens it like on any restart, without initdb's peak in its memory.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const fromSource = path.extname(__filename) === '.ts';
  const script = path.join(__dirname, `prepare-embedded-data${fromSource ? '.ts' : '.js'}`);
  const child = spawn(process.execPath, [...(fromSource ? ['--import', 'tsx'] : []), script, dataDir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`Could not create the embedded database in ${dataDir} (exit code ${code}).`);
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly, in-process) on a data folder and
 * serves it over the PostgreSQL wire protocol on a loopback port, so TypeORM uses its
 * ordinary `pg` driver and the same migrations run as on a real server. PGlite runs one
 * query at a time; the socket server queues whole connections, so the pool must use
 * a single connection to keep transactions isolated.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const release = acquireDataDirLock(dataDir);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    await prepareDataDir(dataDir);
    db = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...EMBEDDED_MEMORY_SETTINGS.flatMap((setting) => ['-c', setting])] });
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:PORT"
    const started = server;
    const database = db;
    return {
      url: `postgres://postgres@${conn}/postgres`,
      async stop() {
        await started.stop();
        await database.close();
        release();
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    release();
    throw error;
  }
}
