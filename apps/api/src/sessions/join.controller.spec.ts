import { loadConfig } from '../config/config';
import { ApiError } from '../http/api-error';
import { RateLimits } from '../security/rate-limits';
import { JoinController } from './join.controller';
import type { LiveSessionsService } from './live-sessions.service';
import type { SessionRow, SessionStore } from './session-store';

/** The join brake's rule: only real wrong codes count against an address, never a server failure. */
describe('JoinController join brake', () => {
  const request = { ip: '203.0.113.7' } as never;
  const row = { id: '00000000-0000-4000-8000-000000000001', title: 'Evening' } as SessionRow;

  function controller(findOpenByCode: (code: string) => Promise<SessionRow | null>) {
    const store = { findOpenByCode } as unknown as SessionStore;
    const sessions = { get: () => Promise.resolve({ state: { phase: 'lobby', locked: false } }) } as unknown as LiveSessionsService;
    const config = loadConfig({});
    return new JoinController(store, sessions, RateLimits.fromConfig(config), config);
  }

  async function codeOf(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
      return 'ok';
    } catch (error) {
      return error instanceof ApiError ? error.code : 'thrown';
    }
  }

  it('does not count failed look-ups (database away) against the address', async () => {
    let databaseUp = false;
    const c = controller((code) => (databaseUp ? Promise.resolve(code === 'ABCDEF' ? row : null) : Promise.reject(new Error('Connection terminated unexpectedly'))));
    for (let i = 0; i < 100; i++) expect(await codeOf(c.lookup('ABCDEF', request))).toBe('thrown');
    databaseUp = true;
    expect(await codeOf(c.lookup('ABCDEF', request))).toBe('ok');
  });

  it('still brakes an address that guesses wrong codes', async () => {
    const c = controller((code) => Promise.resolve(code === 'ABCDEF' ? row : null));
    const answers: string[] = [];
    for (let i = 0; i < 40; i++) answers.push(await codeOf(c.lookup('ZZZZZZ', request)));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('join/code-unknown'));
    expect(answers.at(-1)).toBe('join/rate-limited');
    // Even the right code waits now, from that address.
    expect(await codeOf(c.lookup('ABCDEF', request))).toBe('join/rate-limited');
  });
});
