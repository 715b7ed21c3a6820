import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { JsonLogger } from '../logging/json-logger';
import { startServer, type RunningServer } from '../server';
import { freshDatabase, type TestDatabase } from './test-database';

export interface TestServer extends RunningServer {
  db: TestDatabase;
  /** Every log line the server wrote, for asserting that nothing secret was logged. */
  logLines: string[];
  /** Stops the server, keeps the database. */
  halt(): Promise<void>;
  /** A new server process-equivalent on the same database and port, as after a restart. */
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

/** Boots the real server (HTTP, sockets, migrations) on a fresh database and a free port. */
export async function bootTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  return bootOn(await freshDatabase(), env);
}

/** Boots on the embedded database (PGlite) whatever DATABASE_URL says: the default setup. */
export async function bootEmbeddedTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-it-embedded-'));
  return bootOn({ url: null, dataDir, drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })) }, env);
}

/** Another API process on the same database (e.g. both with REDIS_URL: a cluster of two). Closing it keeps the database. */
export async function bootSibling(of: TestServer, env: Record<string, string> = {}): Promise<TestServer> {
  const sibling = await bootOn(of.db, env);
  return { ...sibling, close: () => sibling.halt() };
}

/** Boots on a database the test prepared itself (e.g. one a backup was restored into). */
export function bootOnDatabase(db: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> {
  return bootOn(db, env);
}

async function bootOn(db: TestDatabase, env: Record<string, string>): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KINDRED_DATA_DIR: db.dataDir,
    KINDRED_WEB_DIST: '/nonexistent',
    LOG_LEVEL: 'debug',
    ...(db.url ? { DATABASE_URL: db.url } : {}),
    ...env,
  });
  const logLines: string[] = [];
  const server = await startServer(config, new JsonLogger('debug', (line) => logLines.push(line)));
  return {
    ...server,
    db,
    logLines,
    halt: () => server.stop(),
    async restart() {
      await server.stop();
      return bootOn(db, { ...env, PORT: String(server.port) });
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
}
