import type { HandoutModel } from '@kindred/session';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Server } from 'socket.io';
import { SessionBroadcaster } from '../realtime/session-broadcaster';
import { SessionGateway } from '../realtime/session.gateway';
import { aFacilitator, aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { LiveSessionsService } from './live-sessions.service';
import { SessionAgendas } from './session-agendas';

/*
 * Ended sessions leave memory: a server that ran many sessions holds what a fresh
 * one does. Counts, not timings: the cache and the broadcaster's per-session maps.
 */

const SESSIONS = 25;

/** A full garbage collection (jest runs without --expose-gc), twice around a turn of the event loop so WeakRefs clear. */
async function fullGc(): Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('memory after many sessions', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await bootTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('drops every ended session from the cache, its timers and its throttles', async () => {
    const live = server.app.get(LiveSessionsService);
    const broadcaster = server.app.get(SessionBroadcaster);
    const agendas = server.app.get(SessionAgendas);
    const before = live.cachedCount;
    const facilitator = await aFacilitator(server);
    const pairIds: string[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const session = await aSession(server, { facilitator });
      const console = await facilitatorDevice(server, session);
      const pair = await aPair(server, session.code);
      pairIds.push(pair.pairId);
      const phone = await pairDevice(server, pair);
      // A phone in another language than the session's: its agendas are resolved and cached.
      expect(await phone.send({ type: 'pair.setLanguage', language: 'es' })).toMatchObject({ ok: true });
      expect(phone.agenda?.language).toBe('es');
      expect(agendas.cachedCount).toBeGreaterThan(0);
      expect(await console.send({ type: 'session.start' })).toMatchObject({ ok: true });
      await console.until((c) => c.agenda !== null);
      const segmentId = console.facilitatorView?.position?.segmentId ?? console.agenda!.sections[0]!.segments[0]!.id;
      // A running timer and a burst of views: the things that leave timers and throttle entries behind.
      expect(await console.send({ type: 'timer.start', segmentId })).toMatchObject({ ok: true });
      expect(await phone.send({ type: 'pair.setMembers', members: { mother: `M${i}` } })).toMatchObject({ ok: true });
      expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });
      await console.until((c) => c.facilitatorView?.phase === 'ended', 5000, 'the ended view');
      phone.close();
      console.close();
    }
    expect(live.cachedCount).toBe(before);
    expect(broadcaster.trackedSessionCount).toBe(0);
    expect(agendas.cachedCount).toBe(0);

    // Reading an ended session (a handout, in its pair's Spanish) loads it for that request only.
    const res = await facilitator.http.get<HandoutModel>(`/api/handouts/${pairIds[0]}`);
    expect(res.status).toBe(200);
    expect(res.body.workshop.language).toBe('es');
    expect(live.cachedCount).toBe(before);
    expect(agendas.cachedCount).toBe(0);
  });

  it('keeps open sessions cached (they are what memory is for)', async () => {
    const live = server.app.get(LiveSessionsService);
    const before = live.cachedCount;
    const session = await aSession(server);
    const console = await facilitatorDevice(server, session);
    expect(live.cachedCount).toBe(before + 1);
    expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });
    expect(live.cachedCount).toBe(before);
    console.close();
  });

  it('keeps neither the upgrade request nor the cookie of a connected device', async () => {
    // The gateway's socket.io server (a private field: this test looks at socket.io's own objects).
    const gateway: unknown = server.app.get(SessionGateway);
    const io = (gateway as { server: Server }).server;
    // Each upgrade request, weakly: once the devices are connected nothing may hold one
    // (engine.io's upgrade response kept it until the connection closed).
    const requests: WeakRef<object>[] = [];
    const onConnection = (conn: { request: object }) => requests.push(new WeakRef(conn.request));
    io.engine.on('connection', onConnection);
    const session = await aSession(server);
    const console = await facilitatorDevice(server, session);
    const pair = await aPair(server, session.code);
    const phone = await pairDevice(server, pair);
    io.engine.off('connection', onConnection);
    try {
      const sockets = [...io.of('/').sockets.values()];
      expect(sockets.length).toBeGreaterThanOrEqual(2);
      for (const socket of sockets) {
        expect(socket.conn.request).toBeNull();
        expect(socket.handshake.headers).toEqual({});
        expect(socket.handshake.auth).toEqual({});
      }
      expect(requests).toHaveLength(2);
      await fullGc();
      expect(requests.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
      // Still a working session after that: the facilitator (cookie) and the phone (token) both act.
      expect(await console.send({ type: 'session.start' })).toMatchObject({ ok: true });
      expect(await phone.send({ type: 'pair.setMembers', members: { mother: 'Amina' } })).toMatchObject({ ok: true });
      expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });
    } finally {
      phone.close();
      console.close();
    }
  });
});
