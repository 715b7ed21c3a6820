import type { HandoutModel } from '@kindred/session';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aFacilitator, aSession, facilitatorDevice, pairDevice, projectorDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { connectDevice, HttpClient, type DeviceClient } from '../test-support/clients';
import { pdfText } from '../test-support/pdf-text';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { SocketAuthenticator } from '../realtime/socket-auth';

/*
 * A hostile facilitator, a removed pair, an old projector and a signed-out console,
 * each trying what the privacy promises say they can't; then a database reader
 * trying to tie a ballot to a pair after the session ended.
 */

/** Resolves with the reason when the server closes the socket. */
function disconnection(device: DeviceClient): Promise<string> {
  return new Promise((resolve) => device.socket.once('disconnect', (reason) => resolve(reason)));
}

/** The error a handshake is refused with (`connect_error` data), or 'connected'. */
async function handshake(server: TestServer, auth: Record<string, unknown>, cookie?: string | null): Promise<string> {
  try {
    const device = await connectDevice(server.url, auth, cookie);
    device.close();
    return 'connected';
  } catch (error) {
    return (error as { data?: { code?: string } }).data?.code ?? 'unknown';
  }
}

async function joinWith(server: TestServer, http: HttpClient, code: string, pairName: string): Promise<JoinedPair> {
  const res = await http.post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', { code, pairName, members: { mother: 'Maria', son: 'Leo' } });
  if (res.status !== 201) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
  return { ...res.body, name: pairName };
}

describe('a hostile client against the privacy and access promises', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await bootTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  describe('a facilitator after private text the pairs did not share', () => {
    let session: CreatedSession;
    let console: DeviceClient;
    const pairs: { pair: JoinedPair; device: DeviceClient; secret: string; commitment: string }[] = [];

    beforeAll(async () => {
      session = await aSession(server);
      console = await facilitatorDevice(server, session);
      for (const name of ['Owls', 'Foxes', 'Bears']) {
        const pair = await joinWith(server, new HttpClient(server.url), session.code, name);
        pairs.push({ pair, device: await pairDevice(server, pair), secret: `${name} secret: I miss Grandpa`, commitment: `${name} promise: Saturday pancakes` });
      }
      expect(await console.send({ type: 'session.start' })).toMatchObject({ ok: true });
      await console.until((c) => c.agenda !== null);
      const text = segmentOfKind(console.agenda!, 'privateReveal', (s) => s.answer.type === 'text');
      expect(await console.send({ type: 'segment.goto', segmentId: text.id })).toMatchObject({ ok: true });
      for (const { device, secret } of pairs) {
        for (const role of ['mother', 'son'] as const) expect(await device.send({ type: 'answer.submit', segmentId: text.id, role, answer: { type: 'text', text: `${secret} (${role})` } })).toMatchObject({ ok: true });
        expect(await device.send({ type: 'answer.reveal', segmentId: text.id })).toMatchObject({ ok: true });
      }
      const commitment = segmentOfKind(console.agenda!, 'commitment');
      expect(await console.send({ type: 'segment.goto', segmentId: commitment.id })).toMatchObject({ ok: true });
      for (const { device, commitment: text } of pairs) expect(await device.send({ type: 'commitment.save', segmentId: commitment.id, text })).toMatchObject({ ok: true });
    });

    afterAll(() => {
      for (const { device } of pairs) device.close();
      console.close();
    });

    const everySecret = () => pairs.flatMap(({ secret, commitment }) => [secret, commitment]);

    it('gets no private text while the session is live, even from a pair that shared', async () => {
      expect(await pairs[0]!.device.send({ type: 'handout.share', shared: true })).toMatchObject({ ok: true });
      await console.until((c) => c.facilitatorView?.sharedHandoutCount === 1, 5000, 'the shared count');
      expect(console.facilitatorView!.pairs.map((p) => p.handoutShared)).toEqual([true, false, false]);
      for (const { pair } of pairs) {
        const res = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${pair.pairId}`);
        expect(res.status).toBe(200);
        for (const secret of everySecret()) expect(JSON.stringify(res.body)).not.toContain(secret);
      }
      for (const line of console.received) for (const secret of everySecret()) expect(line).not.toContain(secret);
    });

    it('cannot share on a pair’s behalf, over the socket or HTTP', async () => {
      expect(await console.send({ type: 'handout.share', shared: true })).toMatchObject({ ok: false, code: 'auth/forbidden' });
      const target = pairs[1]!.pair;
      expect(await session.facilitator.http.post(`/api/handouts/${target.pairId}/share`, { shared: true })).toMatchObject({ status: 403 });
      // Another pair's token doesn't open it either.
      const other = await new HttpClient(server.url).request('POST', `/api/handouts/${target.pairId}/share`, { shared: true }, { authorization: `Bearer ${pairs[2]!.pair.pairToken}` });
      expect(other.status).toBe(401);
    });

    it('after the end gets only the shared pair’s text: handout JSON, per-pair PDF, bundle PDF, report JSON and CSV', async () => {
      expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });
      const [shared, ...kept] = pairs as [(typeof pairs)[number], ...typeof pairs];
      const keptSecrets = kept.flatMap(({ secret, commitment }) => [secret, commitment]);
      const cookie = { cookie: session.facilitator.http.cookieHeader! };
      const bodies: string[] = [];
      for (const { pair } of pairs) {
        bodies.push(JSON.stringify((await session.facilitator.http.get(`/api/handouts/${pair.pairId}`)).body));
        bodies.push((await pdfText(Buffer.from(await (await fetch(`${server.url}/api/handouts/${pair.pairId}/pdf`, { headers: cookie })).arrayBuffer()))).text);
      }
      bodies.push((await pdfText(Buffer.from(await (await fetch(`${server.url}/api/sessions/${session.id}/handouts.pdf`, { headers: cookie })).arrayBuffer()))).text);
      for (const path of ['report.json', 'report.csv']) bodies.push(await (await fetch(`${server.url}/api/sessions/${session.id}/${path}`, { headers: cookie })).text());
      for (const body of bodies) for (const secret of keptSecrets) expect(body).not.toContain(secret);
      expect(bodies.join(' ')).toContain(shared.commitment);
      // Reports never carry private text, shared or not.
      for (const report of bodies.slice(-2)) for (const secret of everySecret()) expect(report).not.toContain(secret);
    });
  });

  describe('revocation', () => {
    it('disconnects a removed pair at once and keeps its device out until the facilitator lets it back in', async () => {
      const session = await aSession(server);
      const console = await facilitatorDevice(server, session);
      const phone = new HttpClient(server.url);
      const pair = await joinWith(server, phone, session.code, 'Wolves');
      const device = await pairDevice(server, pair);
      const witness = await pairDevice(server, await joinWith(server, new HttpClient(server.url), session.code, 'Hawks'));
      const closed = disconnection(device);
      expect(await console.send({ type: 'pair.remove', pairId: pair.pairId })).toMatchObject({ ok: true });
      expect(await closed).toBe('io server disconnect');
      expect(witness.socket.connected).toBe(true);

      // The old credential, a new name from the same phone: both refused.
      expect(await handshake(server, { role: 'pair', pairToken: pair.pairToken, member: null })).toBe('auth/pair-removed');
      expect(await phone.post('/api/join', { code: session.code, pairName: 'Totally New Name', members: {} })).toMatchObject({ status: 403, body: { code: 'join/pair-removed' } });
      expect(await new HttpClient(server.url).request('POST', `/api/handouts/${pair.pairId}/share`, { shared: true }, { authorization: `Bearer ${pair.pairToken}` })).toMatchObject({
        status: 403,
        body: { code: 'auth/pair-removed' },
      });

      // Only the facilitator can let it back in; then the old credential works again.
      expect(await witness.send({ type: 'pair.readmit', pairId: pair.pairId })).toMatchObject({ ok: false, code: 'auth/forbidden' });
      expect(await console.send({ type: 'pair.readmit', pairId: pair.pairId })).toMatchObject({ ok: true });
      const back = await pairDevice(server, pair);
      expect(await back.send({ type: 'pair.setMembers', members: { mother: 'Maria' } })).toMatchObject({ ok: true });
      back.close();
      witness.close();
      console.close();
    });

    it('cuts off the old projector when the facilitator makes a new link', async () => {
      const session = await aSession(server);
      const old = await projectorDevice(server, session);
      const closed = disconnection(old);
      const rotated = await session.facilitator.http.post<{ projectorToken: string }>(`/api/sessions/${session.id}/projector-link`);
      expect(rotated.status).toBe(200);
      expect(await closed).toBe('io server disconnect');
      expect(await handshake(server, { role: 'projector', sessionId: session.id, projectorToken: session.projectorToken })).toBe('auth/unauthenticated');
      expect(await handshake(server, { role: 'projector', sessionId: session.id, projectorToken: rotated.body.projectorToken })).toBe('connected');
    });

    it('ends a signed-out facilitator’s sockets, and only that sign-in’s', async () => {
      const session = await aSession(server);
      const laptop = await facilitatorDevice(server, session);
      // The same account signed in on a second device stays connected.
      const tablet = new HttpClient(server.url);
      expect((await tablet.post('/api/auth/signin', { email: session.facilitator.email, password: 'correct horse battery' })).status).toBe(200);
      const second = await connectDevice(server.url, { role: 'facilitator', sessionId: session.id }, tablet.cookieHeader);
      const closed = disconnection(laptop);
      expect((await session.facilitator.http.post('/api/auth/signout')).status).toBe(204);
      expect(await closed).toBe('io server disconnect');
      expect(await handshake(server, { role: 'facilitator', sessionId: session.id }, session.facilitator.http.cookieHeader)).toBe('auth/unauthenticated');
      expect(await second.send({ type: 'session.lock' })).toMatchObject({ ok: true });
      second.close();
    });

    it('rechecks a sign-in on every command: one revoked behind the server’s back is refused', async () => {
      const session = await aSession(server);
      const laptop = await facilitatorDevice(server, session);
      // Set up and past the check made on joining its rooms: from here only a command's recheck can notice.
      await laptop.until((c) => c.agenda !== null, 5000, 'the agenda');
      const authenticator = server.app.get(SocketAuthenticator);
      authenticator.recheckMs = 0;
      try {
        // As if another tool (or an operator) deleted the sign-in: no broadcast, only the recheck can notice.
        await server.dataSource.query(`DELETE FROM auth_sessions s USING facilitators f WHERE f.id = s.facilitator_id AND f.email = $1`, [session.facilitator.email]);
        const closed = disconnection(laptop);
        expect(await laptop.send({ type: 'session.start' })).toMatchObject({ ok: false, code: 'auth/unauthenticated' });
        expect(await closed).toBe('io server disconnect');
      } finally {
        authenticator.recheckMs = 5000;
      }
    });

    it('disconnects a facilitator socket when its sign-in expires', async () => {
      const facilitator = await aFacilitator(server);
      const session = await aSession(server, { facilitator });
      await server.dataSource.query(`UPDATE auth_sessions s SET expires_at = now() + interval '1 second' FROM facilitators f WHERE f.id = s.facilitator_id AND f.email = $1`, [facilitator.email]);
      const laptop = await facilitatorDevice(server, session);
      expect(await disconnection(laptop)).toBe('io server disconnect');
      expect(await handshake(server, { role: 'facilitator', sessionId: session.id }, facilitator.http.cookieHeader)).toBe('auth/unauthenticated');
    });
  });

  describe('a database reader after the session ended', () => {
    it('cannot tie a ballot to a pair: the secret is gone, no ballot has a time, rows are in key order', async () => {
      const session = await aSession(server);
      const console = await facilitatorDevice(server, session);
      const pairs: JoinedPair[] = [];
      for (const name of ['Ravens', 'Otters', 'Lynx', 'Moles']) pairs.push(await joinWith(server, new HttpClient(server.url), session.code, name));
      const devices = await Promise.all(pairs.map((pair) => pairDevice(server, pair)));
      expect(await console.send({ type: 'session.start' })).toMatchObject({ ok: true });
      await console.until((c) => c.agenda !== null);
      const poll = segmentOfKind(console.agenda!, 'poll', (p) => p.audience === 'everyone' && p.poll.type !== 'openText');
      expect(await console.send({ type: 'segment.goto', segmentId: poll.id })).toMatchObject({ ok: true });
      expect(await console.send({ type: 'poll.open', pollId: poll.id })).toMatchObject({ ok: true });
      const choice =
        poll.poll.type === 'scale'
          ? { type: 'scale', value: 3 }
          : poll.poll.type === 'multiple'
            ? { type: 'multiple', optionIds: [poll.poll.options[0]!.id] }
            : { type: 'single', optionId: poll.poll.type === 'single' ? poll.poll.options[0]!.id : '' };
      for (const device of devices) expect(await device.send({ type: 'vote.cast', pollId: poll.id, choice })).toMatchObject({ ok: true });

      // While live, the secret exists (votes need it): that is the window docs/privacy.md describes.
      const [live] = await server.dataSource.query<{ ballot_secret: Buffer | null }[]>(`SELECT ballot_secret FROM live_sessions WHERE id = $1`, [session.id]);
      expect(live!.ballot_secret).not.toBeNull();
      expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });

      const [row] = await server.dataSource.query<{ ballot_secret: Buffer | null; status: string }[]>(`SELECT ballot_secret, status FROM live_sessions WHERE id = $1`, [session.id]);
      expect(row).toEqual({ ballot_secret: null, status: 'archived' });
      const columns = await server.dataSource.query<{ column_name: string; data_type: string }[]>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'ballots' ORDER BY ordinal_position`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['session_id', 'poll_id', 'voter_key', 'role', 'choice']);
      expect(columns.some((c) => c.data_type.includes('time'))).toBe(false);
      // Physical order (ctid) is the voter keys' order, not the order the votes came in.
      const byCtid = await server.dataSource.query<{ voter_key: string }[]>(`SELECT voter_key FROM ballots WHERE session_id = $1 ORDER BY ctid`, [session.id]);
      expect(byCtid).toHaveLength(4);
      expect(byCtid.map((b) => b.voter_key)).toEqual(byCtid.map((b) => b.voter_key).sort());
      // The log never mentions a vote.
      const [mentions] = await server.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM session_events WHERE session_id = $1 AND (payload::text LIKE '%voterKey%' OR type LIKE '%Ballot%')`,
        [session.id],
      );
      expect(mentions!.n).toBe(0);
      for (const device of devices) device.close();
      console.close();
    });
  });
});
