import { connectDevice, DeviceClient, HttpClient } from './clients';
import type { TestServer } from './test-server';

let counter = 0;

export interface SignedInFacilitator {
  http: HttpClient;
  id: string;
  email: string;
}

/** A facilitator account, signed in (the HTTP client holds the cookie). */
export async function aFacilitator(server: TestServer, name = 'Facilitator'): Promise<SignedInFacilitator> {
  const http = new HttpClient(server.url);
  const email = `facilitator${++counter}-${Date.now()}@example.org`;
  const res = await http.post<{ facilitator: { id: string } }>('/api/auth/signup', { email, password: 'correct horse battery', displayName: name });
  if (res.status !== 201) throw new Error(`signup failed: ${JSON.stringify(res.body)}`);
  return { http, id: res.body.facilitator.id, email };
}

export interface CreatedSession {
  id: string;
  code: string;
  projectorToken: string;
  facilitator: SignedInFacilitator;
}

export async function aSession(server: TestServer, options: { planId?: string; facilitator?: SignedInFacilitator; body?: Record<string, unknown> } = {}): Promise<CreatedSession> {
  const facilitator = options.facilitator ?? (await aFacilitator(server));
  const res = await facilitator.http.post<{ id: string; code: string; projectorToken: string }>('/api/sessions', {
    title: 'Tuesday evening at Hillside School',
    planId: options.planId ?? 'taster',
    language: 'en',
    ageBand: 'teen',
    ...options.body,
  });
  if (res.status !== 201) throw new Error(`create session failed: ${JSON.stringify(res.body)}`);
  return { ...res.body, facilitator };
}

export interface JoinedPair {
  pairId: string;
  pairToken: string;
  sessionId: string;
  name: string;
}

export async function aPair(server: TestServer, code: string, name = `Pair ${++counter}`): Promise<JoinedPair> {
  const res = await new HttpClient(server.url).post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', {
    code,
    pairName: name,
    members: { mother: 'Maria', son: 'Leo' },
  });
  if (res.status !== 201) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
  return { ...res.body, name };
}

export function facilitatorDevice(server: TestServer, session: CreatedSession): Promise<DeviceClient> {
  return connectDevice(server.url, { role: 'facilitator', sessionId: session.id }, session.facilitator.http.cookieHeader);
}

/** A device holding one pair credential: the join token, or a member's own (`asMember`). */
export function pairDevice(server: TestServer, pair: JoinedPair, asMember?: { pairToken: string }): Promise<DeviceClient> {
  return connectDevice(server.url, { role: 'pair', pairToken: asMember?.pairToken ?? pair.pairToken });
}

export interface SplitPair {
  /** Each member's own credential: the first device's (moved) and the new phone's. */
  mother: { pairToken: string };
  son: { pairToken: string };
  code: string;
}

/** What the web's second-device dialog and /join do: the shared device makes a code for `newRole`, a new phone redeems it. */
export async function splitPair(server: TestServer, pair: JoinedPair, newRole: 'mother' | 'son' = 'son'): Promise<SplitPair> {
  const http = new HttpClient(server.url);
  const made = await http.request<{ code: string; keep: { pairToken: string; member: 'mother' | 'son' } }>('POST', '/api/pair-devices/code', { role: newRole }, {
    authorization: `Bearer ${pair.pairToken}`,
  });
  if (made.status !== 201) throw new Error(`device code failed: ${JSON.stringify(made.body)}`);
  const redeemed = await http.post<{ pairToken: string; member: 'mother' | 'son' }>('/api/pair-devices/redeem', { code: made.body.code });
  if (redeemed.status !== 200) throw new Error(`redeem failed: ${JSON.stringify(redeemed.body)}`);
  const fresh = { pairToken: redeemed.body.pairToken };
  const kept = { pairToken: made.body.keep.pairToken };
  return newRole === 'son' ? { mother: kept, son: fresh, code: made.body.code } : { mother: fresh, son: kept, code: made.body.code };
}

export function projectorDevice(server: TestServer, session: CreatedSession): Promise<DeviceClient> {
  return connectDevice(server.url, { role: 'projector', sessionId: session.id, projectorToken: session.projectorToken });
}
