import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Integration tests run against the PostgreSQL in DATABASE_URL: global setup migrates
 * one template database, and each test file gets a fresh copy of it
 * (`CREATE DATABASE … TEMPLATE …`). Without DATABASE_URL each file gets its own
 * embedded database in a temporary folder instead.
 */
const STATE_FILE = path.join(os.tmpdir(), `kindred-it-${process.ppid}-${process.env.JEST_RUN_ID ?? 'run'}.json`);

export interface TemplateState {
  serverUrl: string;
  template: string;
}

export function stateFilePath(): string {
  return process.env.KINDRED_IT_STATE ?? STATE_FILE;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** null: use the embedded database in `dataDir`. */
  url: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-it-data-'));
  const stateFile = stateFilePath();
  if (!fs.existsSync(stateFile)) {
    return { url: null, dataDir, drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })) };
  }
  const { serverUrl, template } = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as TemplateState;
  const name = `kindred_it_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(serverUrl, name),
    dataDir,
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
