import { randomInt } from 'node:crypto';
import net from 'node:net';
import { aFacilitator, aPair, aSession, projectorDevice } from '../test-support/builders';
import { connectDevice } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/** A made-up client address, as nginx would report it (TRUST_PROXY=loopback believes us). */
const anAddress = () => `198.51.${randomInt(256)}.${randomInt(1, 255)}`;
const from = (address: string) => ({ 'x-forwarded-for': address });

async function raw(server: TestServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: { code?: string; message?: string; facilitator?: { id: string } } = {};
  try {
    json = text ? (JSON.parse(text) as typeof json) : {};
  } catch {
    // HTML (Swagger UI) is fine: the headers are what we check there.
  }
  return { status: res.status, headers: res.headers, body: json, cookies: res.headers.getSetCookie() };
}

function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

const cookieValue = (cookies: string[], name: string) => cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`)) ?? null;

describe('web hardening over real HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await bootTestServer({ ALLOWED_ORIGINS: 'http://dev.example:5173', MAX_PAIRS_PER_SESSION: '3', JOINS_PER_ADDRESS_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await server.close();
  });

  describe('headers', () => {
    it('sends a strict policy for the app and a separate one for the API docs, and no HSTS over plain HTTP', async () => {
      const app = await raw(server, 'GET', '/health');
      const csp = app.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(app.headers.get('x-frame-options')).toBe('DENY');
      expect(app.headers.get('x-content-type-options')).toBe('nosniff');
      expect(app.headers.get('referrer-policy')).toBe('no-referrer');
      expect(app.headers.get('strict-transport-security')).toBeNull();

      const docs = await raw(server, 'GET', '/api/docs/');
      const docsCsp = docs.headers.get('content-security-policy') ?? '';
      expect(docsCsp).toContain("frame-ancestors 'none'");
      expect(docsCsp).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(docsCsp).not.toMatch(/script-src[^;]*unsafe/);
    });

    it('adds HSTS (and upgrades requests) only with SECURE_COOKIES=true', async () => {
      const secure = await bootTestServer({ SECURE_COOKIES: 'true' });
      try {
        const res = await raw(secure, 'GET', '/health');
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
      } finally {
        await secure.close();
      }
    });
  });

  describe('cross-site writes', () => {
    it("refuses a page on another port of the same host posting projector-link with the facilitator's cookie", async () => {
      const session = await aSession(server);
      const cookie = session.facilitator.http.cookieHeader!;
      const evil = `http://127.0.0.1:${server.port + 1}`;
      const forged = await raw(server, 'POST', `/api/sessions/${session.id}/projector-link`, undefined, { cookie, origin: evil, 'sec-fetch-site': 'same-site' });
      expect(forged.status).toBe(403);
      expect(forged.body).toEqual({ code: 'request/cross-site', message: expect.stringMatching(/another web site/) });
      // The projector link was not rotated: the old one still works.
      const projector = await projectorDevice(server, session);
      projector.close();

      // A form post with no Origin but a cross-site fetch marker is refused too.
      const noOrigin = await raw(server, 'POST', `/api/sessions/${session.id}/projector-link`, undefined, { cookie, 'sec-fetch-site': 'cross-site' });
      expect(noOrigin.status).toBe(403);
      const nullOrigin = await raw(server, 'POST', '/api/auth/signout', undefined, { cookie, origin: 'null' });
      expect(nullOrigin.status).toBe(403);

      // Our own pages, ALLOWED_ORIGINS, and non-browser clients (no Origin) pass.
      const same = await raw(server, 'POST', `/api/sessions/${session.id}/projector-link`, undefined, { cookie, origin: server.url, 'sec-fetch-site': 'same-origin' });
      expect(same.status).toBe(200);
      const allowed = await raw(server, 'POST', `/api/sessions/${session.id}/projector-link`, undefined, { cookie, origin: 'http://dev.example:5173' });
      expect(allowed.status).toBe(200);
      const cli = await raw(server, 'POST', `/api/sessions/${session.id}/projector-link`, undefined, { cookie });
      expect(cli.status).toBe(200);
    });
  });

  describe('passwords and sign-up', () => {
    it.each([['1234567890'], ['          '], ['password123']])('refuses %j with a message on the password field', async (password) => {
      const res = await raw(server, 'POST', '/api/auth/signup', { email: `weak-${randomInt(1e9)}@example.org`, password, displayName: 'Wanda' }, from(anAddress()));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('payload/invalid');
      expect(res.body.message).toMatch(/^password: (This password is too easy to guess|Use at least)/);
    });

    it("answers a sign-up for a taken email exactly like a new one, and leaves the holder's account alone", async () => {
      const email = `holder-${randomInt(1e9)}@example.org`;
      const first = await raw(server, 'POST', '/api/auth/signup', { email, password: 'correct horse battery', displayName: 'Holder' }, from(anAddress()));
      const second = await raw(server, 'POST', '/api/auth/signup', { email: email.toUpperCase(), password: 'a different long secret', displayName: 'Someone' }, from(anAddress()));
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(Object.keys(second.body).sort()).toEqual(Object.keys(first.body).sort());
      expect(second.body.facilitator!.id).not.toBe(first.body.facilitator!.id);

      // Each password opens its own account; the holder's sign-in works as before.
      const holder = await raw(server, 'POST', '/api/auth/signin', { email, password: 'correct horse battery' }, from(anAddress()));
      expect(holder.body.facilitator!.id).toBe(first.body.facilitator!.id);
      const other = await raw(server, 'POST', '/api/auth/signin', { email, password: 'a different long secret' }, from(anAddress()));
      expect(other.body.facilitator!.id).toBe(second.body.facilitator!.id);
      // Signing up again with the holder's own password signs in to the holder's account.
      const again = await raw(server, 'POST', '/api/auth/signup', { email, password: 'correct horse battery', displayName: 'Holder' }, from(anAddress()));
      expect(again.status).toBe(201);
      expect(again.body.facilitator!.id).toBe(first.body.facilitator!.id);
      const rows = await server.dataSource.query<unknown[]>(`SELECT 1 FROM facilitators WHERE lower(email) = $1`, [email]);
      expect(rows).toHaveLength(2);
    });
  });

  describe('sign-in brakes', () => {
    it('limits guesses for one account from rotating addresses, without locking the owner out of a known device', async () => {
      const owner = await aFacilitator(server);
      const first = await raw(server, 'POST', '/api/auth/signin', { email: owner.email, password: 'correct horse battery' }, from(anAddress()));
      const knownDevice = cookieValue(first.cookies, 'kindred_device');
      expect(knownDevice).toMatch(/^kindred_device=.{20,}/);

      for (let i = 0; i < 10; i++) {
        const guess = await raw(server, 'POST', '/api/auth/signin', { email: owner.email, password: `guess number ${i} xyz` }, from(anAddress()));
        expect(guess.body.code).toBe('auth/invalid-credentials');
      }
      const eleventh = await raw(server, 'POST', '/api/auth/signin', { email: owner.email, password: 'guess number 11 xyz' }, from(anAddress()));
      expect(eleventh.status).toBe(429);
      expect(eleventh.body.code).toBe('auth/too-many-attempts');
      // The right password from a new device waits too (else the brake would be an oracle) ...
      const stranger = await raw(server, 'POST', '/api/auth/signin', { email: owner.email, password: 'correct horse battery' }, from(anAddress()));
      expect(stranger.status).toBe(429);
      // ... but the owner's browser that signed in before gets in.
      const ownerAgain = await raw(server, 'POST', '/api/auth/signin', { email: owner.email, password: 'correct horse battery' }, { ...from(anAddress()), cookie: knownDevice! });
      expect(ownerAgain.status).toBe(200);
      expect(ownerAgain.body.facilitator!.id).toBe(owner.id);
      // Other accounts are untouched.
      const other = await aFacilitator(server);
      expect((await raw(server, 'POST', '/api/auth/signin', { email: other.email, password: 'correct horse battery' }, from(anAddress()))).status).toBe(200);
    });
  });

  describe('join limits', () => {
    it('brakes wrong codes per address, not for everyone', async () => {
      const session = await aSession(server);
      const guesser = anAddress();
      for (let i = 0; i < 30; i++) expect((await raw(server, 'GET', '/api/join/ZZZZZ' + 'ABCDEFGHJK'[i % 10], undefined, from(guesser))).status).toBe(404);
      const blocked = await raw(server, 'GET', `/api/join/${session.code}`, undefined, from(guesser));
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('join/rate-limited');
      expect((await raw(server, 'GET', `/api/join/${session.code}`, undefined, from(anAddress()))).status).toBe(200);
    });

    it('brakes a flooded code prefix only for addresses that already guessed wrong', async () => {
      const session = await aSession(server);
      await server.dataSource.query(`UPDATE live_sessions SET code = 'QW2345' WHERE id = $1`, [session.id]);
      // Many addresses, each under its own limit, flood the prefix "QW".
      for (let i = 0; i < 60; i++) await raw(server, 'GET', `/api/join/QW${String(1000 + i).replace(/[01]/g, '9')}`, undefined, from(anAddress()));
      const guesser = anAddress();
      await raw(server, 'GET', '/api/join/ZZZZZZ', undefined, from(guesser));
      expect((await raw(server, 'GET', '/api/join/QW2345', undefined, from(guesser))).status).toBe(429);
      // A pair typing the right code from a clean address is not stopped.
      expect((await raw(server, 'GET', '/api/join/QW2345', undefined, from(anAddress()))).status).toBe(200);
    });

    it('caps joins per address per minute and pairs per session with clear codes', async () => {
      const session = await aSession(server);
      const school = anAddress();
      for (let i = 0; i < 3; i++) {
        expect((await raw(server, 'POST', '/api/join', { code: session.code, pairName: `Pair ${i}` }, from(school))).status).toBe(201);
      }
      const full = await raw(server, 'POST', '/api/join', { code: session.code, pairName: 'One too many' }, from(anAddress()));
      expect(full.status).toBe(403);
      expect(full.body).toMatchObject({ code: 'join/session-full', message: expect.stringMatching(/as many pairs as it can take/) });

      const other = await aSession(server);
      for (let i = 0; i < 2; i++) await raw(server, 'POST', '/api/join', { code: other.code, pairName: `Other ${i}` }, from(school));
      const sixth = await raw(server, 'POST', '/api/join', { code: other.code, pairName: 'Sixth' }, from(school));
      expect(sixth.status).toBe(429);
      expect(sixth.body.code).toBe('join/rate-limited');
      expect((await raw(server, 'POST', '/api/join', { code: other.code, pairName: 'Elsewhere' }, from(anAddress()))).status).toBe(201);
    });

    it('makes a clashing pair name unique and tells the pair which name it got', async () => {
      const session = await aSession(server);
      const a = await raw(server, 'POST', '/api/join', { code: session.code, pairName: ' Night  Owls ' }, from(anAddress()));
      const b = await raw(server, 'POST', '/api/join', { code: session.code, pairName: 'night\u200B owls\u202E' }, from(anAddress()));
      expect(a.body).toMatchObject({ pairName: 'Night Owls' });
      expect(b.status).toBe(201);
      expect(b.body).toMatchObject({ pairName: 'night owls 2' });
    });
  });

  describe('sockets per credential', () => {
    it('lets a credential open a handful of sockets and refuses more with a clear code', async () => {
      const session = await aSession(server);
      const pair = await aPair(server, session.code, 'Many Screens');
      const auth = { role: 'pair', pairToken: pair.pairToken, member: null };
      const devices = await Promise.all(Array.from({ length: 4 }, () => connectDevice(server.url, auth)));
      const refused = await connectDevice(server.url, auth).then(
        () => null,
        (error: Error & { data?: { code: string } }) => error.data?.code,
      );
      expect(refused).toBe('auth/too-many-connections');
      devices[0]!.close();
      await new Promise((r) => setTimeout(r, 100));
      const replacement = await connectDevice(server.url, auth);
      replacement.close();
      for (const device of devices) device.close();
    });
  });
});

describe('client addresses', () => {
  it('ignores X-Forwarded-For unless the sender is a trusted proxy (TRUST_PROXY=false)', async () => {
    const server = await bootTestServer({ TRUST_PROXY: 'false' });
    try {
      const session = await aSession(server);
      // Thirty "different" forged addresses are one client: the brake holds.
      for (let i = 0; i < 30; i++) await raw(server, 'GET', '/api/join/ZZZZZZ', undefined, from(anAddress()));
      expect((await raw(server, 'GET', `/api/join/${session.code}`, undefined, from(anAddress()))).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('limits shared through Redis', () => {
  const REDIS_URL = process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';

  it('counts one address across two app processes on one Redis', async () => {
    if (!(await redisReachable(REDIS_URL))) {
      if (process.env.CI) throw new Error(`Redis is needed at ${REDIS_URL}`);
      console.warn(`Skipped: no Redis at ${REDIS_URL}`);
      return;
    }
    const a = await bootTestServer({ REDIS_URL });
    const b = await bootTestServer({ REDIS_URL });
    try {
      const session = await aSession(a);
      const guesser = anAddress();
      for (let i = 0; i < 15; i++) expect((await raw(a, 'GET', '/api/join/ZZZZZZ', undefined, from(guesser))).status).toBe(404);
      for (let i = 0; i < 15; i++) expect((await raw(b, 'GET', '/api/join/ZZZZZZ', undefined, from(guesser))).status).toBe(404);
      // Thirty wrong codes in all: either process now refuses the address.
      expect((await raw(a, 'GET', `/api/join/${session.code}`, undefined, from(guesser))).status).toBe(429);
      expect((await raw(b, 'GET', '/api/join/ZZZZZZ', undefined, from(guesser))).status).toBe(429);
      expect((await raw(a, 'GET', `/api/join/${session.code}`, undefined, from(anAddress()))).status).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
