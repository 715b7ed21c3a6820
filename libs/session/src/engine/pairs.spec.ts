import { LIMITS } from '../protocol/limits';
import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import type { PairActor } from './actors';
import { getPair } from './queries';

const newcomer: PairActor = { kind: 'pair', pairId: 'new-pair', member: null };

describe('pair.join', () => {
  it('adds the pair with its name and members', () => {
    const session = aSession();
    const events = session.must({ type: 'pair.join', name: 'Bears', members: { mother: 'Ann', son: '' } }, newcomer);
    expect(events).toEqual([{ type: 'PairJoined', pairId: 'new-pair', name: 'Bears', members: { mother: 'Ann', son: null }, at: T0 }]);
    expect(getPair(session.state, 'new-pair')).toMatchObject({ name: 'Bears', joinedAt: T0, removedAt: null });
  });

  it('lets late pairs in while running and unlocked', () => {
    const session = aSession().start();
    expect(session.send({ type: 'pair.join', name: 'Late', members: {} }, newcomer)).toMatchObject({ ok: true });
  });

  it('refuses joins while the room is locked', () => {
    const session = aSession().start();
    session.must({ type: 'session.lock' }, FACILITATOR);
    expect(session.send({ type: 'pair.join', name: 'Late', members: {} }, newcomer)).toMatchObject({ ok: false, code: 'join/room-locked' });
  });

  it('refuses a second join of the same pair', () => {
    const session = aSession();
    session.must({ type: 'pair.join', name: 'Bears', members: {} }, newcomer);
    expect(session.send({ type: 'pair.join', name: 'Other', members: {} }, newcomer)).toMatchObject({ ok: false, code: 'join/already-joined' });
  });

  it('makes a clashing name unique instead of refusing it, so a clash tells nothing about other pairs', () => {
    const session = aSession();
    session.must({ type: 'pair.join', name: 'Bears', members: {} }, newcomer);
    // Case, spacing and invisible characters do not make a different name.
    session.must({ type: 'pair.join', name: 'bears\u200B', members: {} }, { ...newcomer, pairId: 'x' });
    session.must({ type: 'pair.join', name: 'BEARS', members: {} }, { ...newcomer, pairId: 'y' });
    expect(getPair(session.state, 'x')?.name).toBe('bears 2');
    expect(getPair(session.state, 'y')?.name).toBe('BEARS 3');
    const long = 'L'.repeat(LIMITS.pairName);
    session.must({ type: 'pair.join', name: long, members: {} }, { ...newcomer, pairId: 'l1' });
    session.must({ type: 'pair.join', name: long, members: {} }, { ...newcomer, pairId: 'l2' });
    expect(getPair(session.state, 'l2')?.name).toBe(`${'L'.repeat(LIMITS.pairName - 2)} 2`);
  });

  it('frees the name of a removed pair but does not let the removed pair back in', () => {
    const session = aSession();
    session.must({ type: 'pair.join', name: 'Bears', members: {} }, newcomer);
    session.must({ type: 'pair.remove', pairId: 'new-pair' }, FACILITATOR);
    expect(session.send({ type: 'pair.join', name: 'Bears', members: {} }, newcomer)).toMatchObject({ ok: false, code: 'auth/pair-removed' });
    expect(session.send({ type: 'pair.join', name: 'Bears', members: {} }, { ...newcomer, pairId: 'other' })).toMatchObject({ ok: true });
  });

  it('treats ids like __proto__ as plain ids', () => {
    const session = aSession();
    const odd: PairActor = { kind: 'pair', pairId: '__proto__', member: null };
    expect(session.send({ type: 'pair.join', name: 'Odd', members: {} }, odd)).toMatchObject({ ok: true });
    expect(getPair(session.state, '__proto__')?.name).toBe('Odd');
    expect(session.send({ type: 'pair.setMembers', members: { son: 'S' } }, odd)).toMatchObject({ ok: true });
    expect(session.send({ type: 'pair.setMembers', members: {} }, { ...odd, pairId: 'constructor' })).toMatchObject({ ok: false, code: 'auth/unknown-pair' });
  });
});

describe('pair.remove', () => {
  it('removes a pair, which then can do nothing', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    expect(session.must({ type: 'pair.remove', pairId: pair!.pairId }, FACILITATOR)).toEqual([{ type: 'PairRemoved', pairId: pair!.pairId, at: T0 }]);
    expect(session.must({ type: 'pair.remove', pairId: pair!.pairId }, FACILITATOR)).toEqual([]);
    expect(session.send({ type: 'pair.rename', name: 'Back' }, pair!)).toMatchObject({ ok: false, code: 'auth/pair-removed' });
  });

  it('refuses an unknown pair', () => {
    expect(aSession().send({ type: 'pair.remove', pairId: 'nobody' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-pair' });
  });
});

describe('pair.rename', () => {
  it('lets a pair rename itself, idempotently', () => {
    const session = aSession();
    const [pair] = session.withPairs(1);
    expect(session.must({ type: 'pair.rename', name: 'Owls' }, pair!)).toEqual([{ type: 'PairRenamed', pairId: pair!.pairId, name: 'Owls', at: T0 }]);
    expect(session.must({ type: 'pair.rename', name: 'Owls' }, pair!)).toEqual([]);
  });

  it('refuses a pair renaming another pair', () => {
    const session = aSession();
    const [a, b] = session.withPairs(2);
    expect(session.send({ type: 'pair.rename', name: 'Mine', pairId: b!.pairId }, a!)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it('lets the facilitator rename any pair, naming it', () => {
    const session = aSession();
    const [pair] = session.withPairs(1);
    expect(session.send({ type: 'pair.rename', name: 'Kind name' }, FACILITATOR)).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(session.send({ type: 'pair.rename', name: 'Kind name', pairId: 'nobody' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-pair' });
    expect(session.send({ type: 'pair.rename', name: 'Kind name', pairId: pair!.pairId }, FACILITATOR)).toMatchObject({ ok: true });
    expect(getPair(session.state, pair!.pairId)?.name).toBe('Kind name');
  });

  it('renames to a unique name when another pair uses the wanted one', () => {
    const session = aSession();
    const [a] = session.withPairs(2);
    expect(session.send({ type: 'pair.rename', name: 'PAIR 2' }, a!)).toMatchObject({ ok: true });
    expect(getPair(session.state, a!.pairId)?.name).toBe('PAIR 2 2');
  });
});

describe('pair.setMembers', () => {
  it('names or anonymizes members', () => {
    const session = aSession();
    const [pair] = session.withPairs(1);
    session.must({ type: 'pair.setMembers', members: { mother: 'Ann', son: 'Sam' } }, pair!);
    expect(getPair(session.state, pair!.pairId)?.members).toEqual({ mother: 'Ann', son: 'Sam' });
    expect(session.must({ type: 'pair.setMembers', members: { mother: 'Ann', son: 'Sam' } }, pair!)).toEqual([]);
    session.must({ type: 'pair.setMembers', members: { son: 'Sam' } }, pair!);
    expect(getPair(session.state, pair!.pairId)?.members).toEqual({ mother: null, son: 'Sam' });
  });
});
