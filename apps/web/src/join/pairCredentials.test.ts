import { beforeEach, describe, expect, it } from 'vitest';
import { pairDeviceLink } from '@kindred/session';
import { latestCredentials, loadCredentials, normalizeJoinCode, parseTokenFragment, saveCredentials } from './pairCredentials';

describe('pair credentials', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one entry per session and finds the latest', () => {
    saveCredentials({ sessionId: 's1', pairId: 'p1', pairToken: 't1', member: null, savedAt: 1 });
    saveCredentials({ sessionId: 's2', pairId: 'p2', pairToken: 't2', member: 'son', savedAt: 2 });
    expect(loadCredentials('s1')?.pairToken).toBe('t1');
    expect(latestCredentials()?.sessionId).toBe('s2');
  });

  it('reads back the tokens the link builder puts in the fragment', () => {
    const url = pairDeviceLink('https://k.example', 's1', 'tok/en+', 'son');
    expect(url).toBe('https://k.example/pair/s1#t=tok%2Fen%2B&m=son');
    expect(parseTokenFragment(new URL(url).hash)).toEqual({ token: 'tok/en+', member: 'son' });
    expect(parseTokenFragment('#m=son')).toBeNull();
  });

  it('normalizes typed join codes', () => {
    expect(normalizeJoinCode(' ab-c 12 3x ')).toBe('ABC123');
  });
});
