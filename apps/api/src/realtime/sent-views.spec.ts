import type { SessionState } from '@kindred/session';
import { SentViews } from './sent-views';

describe('SentViews', () => {
  const state = (seq: number) => ({ seq }) as unknown as SessionState;

  it('treats views that differ only in seq as the same, any other difference as a change', () => {
    const named = (seq: number, name: string) => ({ seq, name });
    expect(SentViews.digest(named(4, 'The Okafors'))).toBe(SentViews.digest(named(9, 'The Okafors')));
    expect(SentViews.digest(named(4, 'The Okafors'))).not.toBe(SentViews.digest(named(4, 'The Lindqvists')));
  });

  it('takes the content from the JSON that is sent, and agrees with a view whose seq is not first', () => {
    const view = { seq: 12, name: 'The Okafors' };
    const json = JSON.stringify(view);
    expect(SentViews.contentOf(view, json)).toBe('"name":"The Okafors"}');
    const earlier = { seq: 1, name: 'The Okafors' };
    expect(SentViews.digestOf(SentViews.contentOf(view, json))).toBe(SentViews.digest(earlier));
    const reordered = { name: 'The Okafors', seq: 12 };
    expect(SentViews.contentOf(reordered, JSON.stringify(reordered))).toBe(JSON.stringify({ name: 'The Okafors', seq: 0 }));
    const later = { name: 'The Okafors', seq: 40 };
    const other = { name: 'The Lindqvists', seq: 12 };
    expect(SentViews.digest(reordered)).toBe(SentViews.digest(later));
    expect(SentViews.digest(reordered)).not.toBe(SentViews.digest(other));
  });

  it('is trusted only for the very state it was made from, and forgotten with its session', () => {
    const sent = new SentViews();
    const a = state(1);
    sent.remember('s1', a, new Map([['room', 'digest']]));
    expect(sent.of('s1', a)?.get('room')).toBe('digest');
    // An equal-looking but different state (another process's change caught up): not trusted.
    expect(sent.of('s1', state(1))).toBeNull();
    expect(sent.of('s1', undefined)).toBeNull();
    expect(sent.of('s2', a)).toBeNull();
    sent.forget('s1');
    expect(sent.of('s1', a)).toBeNull();
    expect([...sent.sessionIds]).toEqual([]);
  });

  it('carries its memory to a state whose pair views are the same (no render), only from the state it describes', () => {
    const sent = new SentViews();
    const a = state(1);
    const b = state(2);
    sent.remember('s1', a, new Map([['room', 'digest']]));
    expect(sent.carryOver('s1', state(1), b)).toBe(false);
    expect(sent.carryOver('s1', a, b)).toBe(true);
    expect(sent.of('s1', b)?.get('room')).toBe('digest');
    expect(sent.of('s1', a)).toBeNull();
    // Ended: the session leaves memory rather than moving on.
    const ended = { seq: 3, phase: 'ended' } as unknown as SessionState;
    expect(sent.carryOver('s1', b, ended)).toBe(true);
    expect([...sent.sessionIds]).toEqual([]);
  });
});
