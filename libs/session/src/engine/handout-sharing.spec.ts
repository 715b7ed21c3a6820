import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import { getPair } from './queries';
import { view } from './views/view';

describe('handout.share', () => {
  it('is the pair’s own choice, recorded as an event, and can be withdrawn', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    expect(session.must({ type: 'handout.share', shared: true }, pair!)).toEqual([{ type: 'HandoutSharingSet', pairId: pair!.pairId, shared: true, at: T0 }]);
    expect(getPair(session.state, pair!.pairId)?.handoutShared).toBe(true);
    expect(session.must({ type: 'handout.share', shared: true }, pair!)).toEqual([]);
    session.must({ type: 'handout.share', shared: false }, pair!);
    expect(getPair(session.state, pair!.pairId)?.handoutShared).toBe(false);
  });

  it('cannot be sent by the facilitator on a pair’s behalf', () => {
    const session = aSession().start();
    session.withPairs(1);
    expect(session.send({ type: 'handout.share', shared: true }, FACILITATOR)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it('still works once the session has ended, when handouts are printed', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    session.must({ type: 'session.end' }, FACILITATOR);
    expect(session.send({ type: 'handout.share', shared: true }, pair!)).toMatchObject({ ok: true });
    expect(session.send({ type: 'pair.setMembers', members: {} }, pair!)).toMatchObject({ ok: false, code: 'session/ended' });
  });

  it('is refused to a removed pair', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    session.must({ type: 'pair.remove', pairId: pair!.pairId }, FACILITATOR);
    expect(session.send({ type: 'handout.share', shared: true }, pair!)).toMatchObject({ ok: false, code: 'auth/pair-removed' });
  });

  it('shows the console a flag and a count, and the pair its own choice', () => {
    const session = aSession().start();
    const [a, b] = session.withPairs(2);
    session.must({ type: 'handout.share', shared: true }, a!);
    const console = view(session.state, { kind: 'facilitator' });
    expect(console.sharedHandoutCount).toBe(1);
    expect(console.pairs.map((p) => p.handoutShared)).toEqual([true, false]);
    expect(view(session.state, { kind: 'pair', pairId: b!.pairId, member: null, voterKeys: [] })?.handoutShared).toBe(false);
  });
});

describe('pair.readmit', () => {
  it('lets a removed pair back in with what it had', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    session.must({ type: 'handout.share', shared: true }, pair!);
    session.must({ type: 'pair.remove', pairId: pair!.pairId }, FACILITATOR);
    expect(session.send({ type: 'pair.setMembers', members: { mother: 'A' } }, pair!)).toMatchObject({ ok: false, code: 'auth/pair-removed' });
    expect(session.must({ type: 'pair.readmit', pairId: pair!.pairId }, FACILITATOR)).toEqual([{ type: 'PairReadmitted', pairId: pair!.pairId, at: T0 }]);
    expect(getPair(session.state, pair!.pairId)).toMatchObject({ removedAt: null, handoutShared: true });
    expect(session.send({ type: 'pair.setMembers', members: { mother: 'A' } }, pair!)).toMatchObject({ ok: true });
  });

  it('is the facilitator’s alone and needs a known pair', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    expect(session.send({ type: 'pair.readmit', pairId: pair!.pairId }, pair!)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'pair.readmit', pairId: 'ghost' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-pair' });
    expect(session.must({ type: 'pair.readmit', pairId: pair!.pairId }, FACILITATOR)).toEqual([]);
  });
});
