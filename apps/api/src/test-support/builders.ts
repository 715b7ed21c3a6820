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

export function pairDevice(server: TestServer, pair: JoinedPair, member: 'mother' | 'son' | null = null): Promise<DeviceClient> {
  return connectDevice(server.url, { role: 'pair', pairToken: pair.pairToken, member });
}

export function projectorDevice(server: TestServer, session: CreatedSession): Promise<DeviceClient> {
  return connectDevice(server.url, { role: 'projector', sessionId: session.id, projectorToken: session.projectorToken });
}
