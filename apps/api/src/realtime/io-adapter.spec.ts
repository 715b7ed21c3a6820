import type { IncomingMessage } from 'node:http';
import { originAllowed } from './io-adapter';
import { SessionGateway } from './session.gateway';

const req = (origin: string | undefined, host = 'kindred.school.org') => ({ headers: { origin, host } }) as unknown as IncomingMessage;

describe('originAllowed', () => {
  it('allows the same origin and listed origins, and clients that send none', () => {
    expect(originAllowed(req('https://kindred.school.org'), [])).toBe(true);
    expect(originAllowed(req('http://localhost:5173', 'localhost:3000'), ['http://localhost:5173'])).toBe(true);
    expect(originAllowed(req(undefined), [])).toBe(true);
  });

  it('refuses another site riding on a facilitator cookie', () => {
    expect(originAllowed(req('https://evil.example'), [])).toBe(false);
    expect(originAllowed(req('not a url'), [])).toBe(false);
  });
});

describe('KindredIoAdapter', () => {
  it('can skip Nest\'s per-socket disconnect listener because the gateway has no handleDisconnect', () => {
    // KindredIoAdapter.bindClientDisconnect does nothing: a handleDisconnect would never be called.
    expect('handleDisconnect' in SessionGateway.prototype).toBe(false);
  });
});
