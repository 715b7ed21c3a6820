import { beforeEach, describe, expect, it } from 'vitest';
import { deviceJoinLink } from '@kindred/session';
import { formatDeviceCode, latestCredentials, loadCredentials, normalizeJoinCode, parseDeviceFragment, parseTokenFragment, saveCredentials } from './pairCredentials';

describe('pair credentials', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one entry per session and finds the latest', () => {
    saveCredentials({ sessionId: 's1', pairId: 'p1', pairToken: 't1', member: null, savedAt: 1 });
    saveCredentials({ sessionId: 's2', pairId: 'p2', pairToken: 't2', member: 'son', savedAt: 2 });
    expect(loadCredentials('s1')?.pairToken).toBe('t1');
    expect(latestCredentials()?.sessionId).toBe('s2');
  });

  it('reads a token from the fragment, and never a member', () => {
    expect(parseTokenFragment('#t=tok%2Fen%2B&m=son')).toEqual({ token: 'tok/en+' });
    expect(parseTokenFragment('#m=son')).toBeNull();
  });

  it('puts a new phone’s one-time code in the fragment of a /join link', () => {
    const url = deviceJoinLink('https://k.example', 'K7M2QX9P');
    expect(url).toBe('https://k.example/join#d=K7M2QX9P');
    expect(parseDeviceFragment(new URL(url).hash)).toBe('K7M2QX9P');
    expect(parseDeviceFragment('#d=k7m2-qx9p')).toBe('K7M2QX9P');
    expect(formatDeviceCode('K7M2QX9P')).toBe('K7M2-QX9P');
  });

  it('normalizes typed join codes and phone codes', () => {
    expect(normalizeJoinCode(' ab-c 12 3 ')).toBe('ABC123');
    expect(normalizeJoinCode('k7m2-qx9p-extra')).toBe('K7M2QX9P');
  });
});
