import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { HttpClient, type DeviceClient } from '../test-support/clients';
import { bootSibling, bootTestServer, type TestServer } from '../test-support/test-server';

/*
 * `/metrics` on a real server with a session under way: off without METRICS_TOKEN,
 * refused without the bearer token, and with it a Prometheus page whose label values
 * never carry a name, join code, title, answer, email or id of the session.
 */

const TOKEN = 'metrics-token-for-tests-0123456789';
const PAIRS = [
  { pairName: 'The Night Owls', members: { mother: 'Lucía', son: 'Mateo' } },
  { pairName: 'Pancake Crew', members: { mother: 'Zoë', son: 'Jürgen' } },
];
const ANSWER = 'Our secret Sunday walk by the river';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, sample lines only. */
function parse(page: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of page.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

const scrape = (server: TestServer, authorization?: string) => fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('/metrics', () => {
  let server: TestServer;
  let session: CreatedSession;
  const pairs: JoinedPair[] = [];
  const devices: DeviceClient[] = [];

  // A built web app is served too: its fallback page must not shadow /metrics.
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="app"></div>');

  beforeAll(async () => {
    server = await bootTestServer({ METRICS_TOKEN: TOKEN, KINDRED_WEB_DIST: webDist });
    session = await aSession(server, { body: { title: 'Hillside Tuesday group' } });
    const facilitator = await facilitatorDevice(server, session);
    devices.push(facilitator);
    for (const body of PAIRS) {
      const joined = await new HttpClient(server.url).post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', { code: session.code, ...body });
      pairs.push({ ...joined.body, name: body.pairName });
      devices.push(await pairDevice(server, pairs.at(-1)!));
    }
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((f) => f.agenda !== null);
    const text = segmentOfKind(facilitator.agenda!, 'privateReveal', (s) => s.answer.type === 'text');
    expect(await facilitator.send({ type: 'segment.goto', segmentId: text.id })).toMatchObject({ ok: true });
    expect(await devices[1]!.send({ type: 'answer.submit', segmentId: text.id, role: 'mother', answer: { type: 'text', text: ANSWER } })).toMatchObject({ ok: true });
    // Refused by the engine (a pair can't end the session) and by validation.
    expect(await devices[1]!.send({ type: 'session.end' })).toMatchObject({ ok: false });
    expect(await devices[2]!.send({ type: 'no.such.command', name: 'Zoë' })).toMatchObject({ ok: false, code: 'payload/unknown-command' });
  });

  afterAll(async () => {
    for (const device of devices) device.close();
    await server?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('refuses a scrape without the token, or with a wrong one', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await scrape(server, authorization);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'auth/unauthenticated' });
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('reports devices, sessions, commands, rejections, latencies, the pool, event-loop lag and memory', async () => {
    const res = await scrape(server, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parse(await res.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

    expect(value('kindred_connected_devices', { role: 'facilitator' })).toBe(1);
    expect(value('kindred_connected_devices', { role: 'pair' })).toBe(2);
    expect(value('kindred_connected_devices', { role: 'projector' })).toBe(0);
    expect(value('kindred_live_sessions', { status: 'running' })).toBeGreaterThanOrEqual(1);
    expect(value('kindred_commands_total', { type: 'answer.submit', outcome: 'ok' })).toBe(1);
    expect(value('kindred_commands_total', { type: 'session.start', outcome: 'ok' })).toBe(1);
    expect(value('kindred_commands_total', { type: 'session.end', outcome: 'rejected' })).toBe(1);
    expect(value('kindred_commands_total', { type: 'other', outcome: 'rejected' })).toBe(1);
    expect(value('kindred_command_rejections_total', { code: 'payload/unknown-command' })).toBe(1);
    expect(value('kindred_command_duration_seconds_count', { type: 'answer.submit' })).toBe(1);
    expect(value('kindred_fanout_duration_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(value('kindred_db_pool_connections', { state: 'max' })).toBeGreaterThanOrEqual(1);
    expect(value('kindred_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(value('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    // No label value is anything the session's people typed or were given.
    const personal = [
      session.code,
      session.id,
      session.facilitator.email,
      session.facilitator.id,
      'Hillside Tuesday group',
      ANSWER,
      ...pairs.flatMap((p) => [p.pairId, p.pairToken]),
      ...PAIRS.flatMap((p) => [p.pairName, p.members.mother, p.members.son]),
    ];
    const labelValues = new Set(samples.flatMap((s) => Object.values(s.labels)));
    expect(labelValues.size).toBeGreaterThan(10);
    for (const label of labelValues) {
      for (const secret of personal) {
        expect(`${label} contains ${label.toLowerCase().includes(secret.toLowerCase()) ? secret : 'nothing personal'}`).toBe(`${label} contains nothing personal`);
      }
    }
  });

  it('is not there at all without METRICS_TOKEN', async () => {
    const sibling = await bootSibling(server, { METRICS_TOKEN: '', KINDRED_WEB_DIST: webDist });
    try {
      const res = await scrape(sibling, `Bearer ${TOKEN}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'http/not-found' });
    } finally {
      await sibling.close();
    }
  });
});
