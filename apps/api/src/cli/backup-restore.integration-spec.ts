import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { HttpClient } from '../test-support/clients';
import { adminQuery, freshDatabase, stateFilePath, withDatabase, type TemplateState, type TestDatabase } from '../test-support/test-database';
import { bootEmbeddedTestServer, bootOnDatabase, type TestServer } from '../test-support/test-server';
import { MIGRATIONS } from '../database/migrations';
import { runCli } from './main';

/*
 * `kindred backup` from the embedded store, `kindred restore` into a fresh real
 * PostgreSQL, and the server there serves the same sessions, the same handout PDF
 * bytes and the same report; then the other way round. Needs the PostgreSQL of
 * DATABASE_URL (CI has it); without it the file is skipped.
 */

const hasPostgres = fs.existsSync(stateFilePath());
const PUBLIC_URL = 'https://kindred.example.org';
const ENV = { PUBLIC_URL };
const PASSWORD = 'correct horse battery';

interface Snapshot {
  sessions: unknown;
  pdf: Buffer;
  report: Record<string, unknown>;
}

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env: { ...env }, cwd: os.tmpdir(), print: (line) => out.push(line) }, (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const embeddedEnv = (dataDir: string) => ({ KINDRED_DATA_DIR: dataDir });
const postgresEnv = (db: TestDatabase) => ({ DATABASE_URL: db.url! });

// Three servers and four restores: slow on a busy machine.
jest.setTimeout(180_000);

(hasPostgres ? describe : describe.skip)('kindred backup and restore', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-backup-'));
  let email: string;
  let session: CreatedSession;
  let pair: JoinedPair;
  let original: Snapshot;
  let embeddedDataDir: string;
  const cleanups: (() => Promise<unknown>)[] = [];

  /** What a facilitator and a pair would see, read through the HTTP API. */
  async function snapshot(server: TestServer): Promise<Snapshot> {
    const facilitator = new HttpClient(server.url);
    expect((await facilitator.post('/api/auth/signin', { email, password: PASSWORD })).status).toBe(200);
    const sessions = await facilitator.get('/api/sessions');
    expect(sessions.status).toBe(200);
    const pdf = await fetch(`${server.url}/api/handouts/${pair.pairId}/pdf`, { headers: { authorization: `Bearer ${pair.pairToken}` } });
    expect(pdf.status).toBe(200);
    const report = await fetch(`${server.url}/api/sessions/${session.id}/report.json`, { headers: { cookie: facilitator.cookieHeader! } });
    expect(report.status).toBe(200);
    // The report says when it was generated; everything else must match.
    const { generatedAt: _, ...reportBody } = (await report.json()) as Record<string, unknown>;
    return { sessions: sessions.body, pdf: Buffer.from(await pdf.arrayBuffer()), report: reportBody };
  }

  beforeAll(async () => {
    // A session run to its end on the embedded store: a private text answer revealed, then ended.
    const server = await bootEmbeddedTestServer(ENV);
    cleanups.push(() => server.db.drop());
    embeddedDataDir = server.db.dataDir;
    session = await aSession(server, { body: { privateRetentionDays: 30 } });
    email = session.facilitator.email;
    const joined = await new HttpClient(server.url).post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', {
      code: session.code,
      pairName: 'The Night Owls',
      members: { mother: 'Lucía', son: 'Mateo' },
    });
    pair = { ...joined.body, name: 'The Night Owls' };
    const facilitator = await facilitatorDevice(server, session);
    const device = await pairDevice(server, pair);
    const ok = async (d: typeof device, command: Record<string, unknown>) => expect(await d.send(command)).toMatchObject({ ok: true });
    await ok(facilitator, { type: 'session.start' });
    await facilitator.until((f) => f.agenda !== null);
    const text = segmentOfKind(facilitator.agenda!, 'privateReveal', (s) => s.answer.type === 'text');
    await ok(facilitator, { type: 'segment.goto', segmentId: text.id });
    await ok(device, { type: 'answer.submit', segmentId: text.id, role: 'mother', answer: { type: 'text', text: "Lucía's Sunday walk, with 'quotes' and a back\\slash" } });
    await ok(device, { type: 'answer.submit', segmentId: text.id, role: 'son', answer: { type: 'text', text: 'Mateo: más fútbol 🙂' } });
    await ok(device, { type: 'answer.reveal', segmentId: text.id });
    await ok(facilitator, { type: 'session.end' });
    facilitator.close();
    device.close();
    original = await snapshot(server);
    expect(original.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await server.halt();
  }, 180_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  });

  let restoredPg: TestDatabase;

  it('backs up the embedded store and restores it into a fresh PostgreSQL that serves the same sessions, handout bytes and report', async () => {
    const file = path.join(work, 'embedded.sql');
    const backup = await cli(['backup', file], embeddedEnv(embeddedDataDir));
    expect(backup).toMatchObject({ code: 0, err: '' });
    // The schema line names the newest migration, whichever that is.
    const newest = MIGRATIONS[MIGRATIONS.length - 1]!.name;
    expect(backup.out).toMatch(new RegExp(`^Backed up the embedded database in .+: \\d+ tables, \\d+ rows, schema at ${newest}\\.$`));
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    restoredPg = await freshDatabase(); // migrated, no rows: counts as empty
    cleanups.push(() => restoredPg.drop());
    const restore = await cli(['restore', file], postgresEnv(restoredPg));
    expect(restore).toMatchObject({ code: 0, err: '' });

    const server = await bootOnDatabase(restoredPg, ENV);
    try {
      const restored = await snapshot(server);
      expect(restored.sessions).toEqual(original.sessions);
      expect(restored.report).toEqual(original.report);
      expect(restored.pdf.equals(original.pdf)).toBe(true);
    } finally {
      await server.halt();
    }
  });

  it('refuses to restore into a database that holds data, unless --force', async () => {
    const file = path.join(work, 'embedded.sql');
    const refused = await cli(['restore', file], postgresEnv(restoredPg));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^kindred restore: The database is not empty \(.*live_sessions.*\)\. .*--force/);
    expect(refused.err.split('\n')).toHaveLength(1);

    const forced = await cli(['restore', file, '--force'], postgresEnv(restoredPg));
    expect(forced).toMatchObject({ code: 0, err: '' });
  });

  it('backs up PostgreSQL (with a server running on it) and restores into a fresh embedded store with the same bytes', async () => {
    const server = await bootOnDatabase(restoredPg, ENV);
    const file = path.join(work, 'postgres.sql');
    try {
      expect(await cli(['backup', file], postgresEnv(restoredPg))).toMatchObject({ code: 0, err: '' });
    } finally {
      await server.halt();
    }
    const dataDir = path.join(work, 'restored-embedded');
    expect(await cli(['restore', file], embeddedEnv(dataDir))).toMatchObject({ code: 0, err: '' });
    // The operator's view of what was restored.
    const sessions = await cli(['sessions', '--json'], embeddedEnv(dataDir));
    expect(sessions.code).toBe(0);
    expect(sessions.out.split('\n').map((line) => JSON.parse(line) as { id: string; status: string; pairs: number })).toEqual([
      expect.objectContaining({ id: session.id, status: 'archived', pairs: 1 }),
    ]);

    const embedded = await bootOnDatabase({ url: null, dataDir, drop: () => Promise.resolve() }, ENV);
    try {
      const restored = await snapshot(embedded);
      expect(restored.sessions).toEqual(original.sessions);
      expect(restored.report).toEqual(original.report);
      expect(restored.pdf.equals(original.pdf)).toBe(true);
    } finally {
      await embedded.halt();
    }
  });

  it('writes a file that psql itself loads into an empty database', async () => {
    const { serverUrl } = JSON.parse(fs.readFileSync(stateFilePath(), 'utf8')) as TemplateState;
    const name = `kindred_psql_${randomBytes(5).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    cleanups.push(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = withDatabase(serverUrl, name);
    execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', path.join(work, 'embedded.sql')], { stdio: 'pipe' });
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ events: number; hash: string }>(
        `SELECT (SELECT count(*)::int FROM session_events) AS events, (SELECT encode(projector_token_hash, 'hex') FROM live_sessions WHERE id = $1) AS hash`,
        [session.id],
      );
      expect(rows[0]!.events).toBeGreaterThan(3);
      expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await client.end();
    }
  });

  it('says what went wrong in one line, with exit codes for scripts', async () => {
    const missing = path.join(work, 'missing.sql');
    expect(await cli(['restore', missing], embeddedEnv(path.join(work, 'x')))).toMatchObject({ code: 1, err: `kindred restore: ${missing} does not exist.` });
    const notBackup = path.join(work, 'notes.sql');
    fs.writeFileSync(notBackup, 'DROP TABLE facilitators;\n');
    expect((await cli(['restore', notBackup], embeddedEnv(path.join(work, 'x')))).err).toBe('kindred restore: This file is not a Kindred backup (it does not start with "-- Kindred backup").');
    expect(await cli(['backup', path.join(work, 'embedded.sql')], embeddedEnv(path.join(work, 'x')))).toMatchObject({ code: 2 });
    expect(await cli(['frobnicate'], {})).toMatchObject({ code: 2, err: 'kindred: unknown command "frobnicate". Run `kindred help` for the list.' });
    expect(await cli(['restore'], {})).toMatchObject({ code: 2 });
  });
});
