import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { connectDevice, HttpClient, type DeviceClient } from '../../apps/api/src/test-support/clients';
import { freePort, freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Renders docs/deploy/nginx.conf, the documented example, for this test's ports and folder. */
function renderConfig(prefix: string, listen: number, backends: ServerProcess[]): string {
  const template = fs.readFileSync(path.resolve(__dirname, '../../docs/deploy/nginx.conf'), 'utf8');
  return template
    .replaceAll('${PREFIX}', prefix)
    .replaceAll('${LISTEN}', `127.0.0.1:${listen}`)
    .replaceAll('${UPSTREAM_SERVERS}', backends.map((b) => `server 127.0.0.1:${b.port};`).join('\n    '));
}

describe('the documented nginx configuration in front of two API processes', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const backends: ServerProcess[] = [];
  const devices: DeviceClient[] = [];
  let nginx: ChildProcess;
  let base: string;

  beforeAll(async () => {
    if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install -y nginx)`);
    db = await freshDatabaseEnv();
    for (let i = 0; i < 2; i++) backends.push(await startServerProcess({ ...db.env, REDIS_URL }));
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-nginx-'));
    const listen = await freePort();
    fs.writeFileSync(path.join(prefix, 'nginx.conf'), renderConfig(prefix, listen, backends));
    nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
    base = `http://127.0.0.1:${listen}`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        if ((await fetch(`${base}/health/ready`)).ok) break;
      } catch {
        // nginx not listening yet
      }
      if (Date.now() > deadline) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    for (const d of devices) d.close();
    nginx?.kill('SIGTERM');
    for (const b of backends) await b.stop().catch(() => undefined);
    await db?.drop();
  });

  it('carries HTTP, WebSocket and long-polling clients through one port', async () => {
    const http = new HttpClient(base);
    await http.post('/api/auth/signup', { email: `nginx-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Noor' });
    const created = await http.post<{ id: string; code: string }>('/api/sessions', { title: 'Behind nginx', planId: 'taster', language: 'en', ageBand: 'teen' });
    expect(created.status).toBe(201);
    const facilitator = await connectDevice(base, { role: 'facilitator', sessionId: created.body.id }, http.cookieHeader);
    devices.push(facilitator);
    const joined = await new HttpClient(base).post<{ pairToken: string }>('/api/join', { code: created.body.code, pairName: 'The Hassans' });
    expect(joined.status).toBe(201);
    const pair = await connectDevice(base, { role: 'pair', pairToken: joined.body.pairToken, member: null });
    devices.push(pair);

    // A phone whose network blocks WebSockets falls back to long-polling through the proxy.
    const polling = io(base, { auth: { role: 'pair', pairToken: joined.body.pairToken }, transports: ['polling'] });
    const pollingView = new Promise<unknown>((resolve) => polling.once('view.pair', resolve));

    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await pair.until((d) => d.publicView?.phase === 'running', 10_000, 'running view through nginx');
    await expect(pollingView).resolves.toMatchObject({ name: 'The Hassans', member: null });
    polling.disconnect();
  });

  it('sends the web app compressed and cacheable, each route within its budget, from the API and through nginx', () => {
    // The budget script fetches each route's files the way a phone does and fails on an
    // uncompressed file, a hashed asset not cached as immutable, a cacheable index.html,
    // or a route over its budget (apps/web/scripts/bundle-size.mjs).
    for (const url of [`http://127.0.0.1:${backends[0]!.port}`, base]) {
      const run = spawnSync(process.execPath, ['apps/web/scripts/bundle-size.mjs', '--url', url], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
      expect({ url, status: run.status, failures: run.stderr }).toEqual({ url, status: 0, failures: '' });
      expect(run.stdout).toContain(`bytes received from ${url}`);
    }
  });
});
