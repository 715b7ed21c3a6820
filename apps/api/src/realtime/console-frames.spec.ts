import type { FacilitatorPairView, FacilitatorView } from '@kindred/session';
import { consoleFrames } from './console-frames';
import { ReusingEncoder } from './wire-encoder';

function row(pairId: string, overrides: Partial<FacilitatorPairView> = {}): FacilitatorPairView {
  return { pairId, name: `Pair ${pairId}`, members: { mother: 'Ada', son: 'Tobi' }, joinedAt: 1, status: 'active', privateProgress: [], commitments: [false], handoutShared: false, ...overrides };
}

function consoleView(pairs: FacilitatorPairView[], seq = 7): FacilitatorView {
  // The frames treat everything but `pairs` as opaque: a few fields stand for the rest.
  return { seq, sessionId: 's1', phase: 'running', code: 'ABC234', pairCount: pairs.length, pairs, topicNotes: { intro: 'Quiet start' } } as unknown as FacilitatorView;
}

const wire = (payload: object, event: string): unknown => new ReusingEncoder().encode({ type: 2, nsp: '/', data: [event, payload] })[0];

describe('consoleFrames (the console view, whole or without its pairs)', () => {
  it('sends the whole view as JSON.stringify would, and the room frame without the pairs', () => {
    const frames = consoleFrames(consoleView([row('a'), row('b', { name: 'The "Quoted" pair' })]));
    const full = frames.full();
    expect(wire(full, 'view.facilitator')).toBe(`2["view.facilitator",${JSON.stringify(full)}]`);
    expect(JSON.parse(JSON.stringify(full))).toMatchObject({ rosterId: frames.rosterId, pairs: [{ pairId: 'a' }, { name: 'The "Quoted" pair' }] });
    const room = frames.room();
    expect('pairs' in room).toBe(false);
    expect(room).toMatchObject({ seq: 7, rosterId: frames.rosterId, topicNotes: { intro: 'Quiet start' } });
    expect(wire(room, 'view.facilitatorRoom')).toBe(`2["view.facilitatorRoom",${JSON.stringify(room)}]`);
  });

  it('names equal pair lists alike, even rebuilt, and any change to a row, their order or their number differently', () => {
    const id = (pairs: FacilitatorPairView[], seq = 7) => consoleFrames(consoleView(pairs, seq)).rosterId;
    const base = id([row('a'), row('b')]);
    expect(id([row('a'), row('b')], 12)).toBe(base);
    expect(id([row('a'), row('b', { handoutShared: true })])).not.toBe(base);
    expect(id([row('a'), row('b', { privateProgress: ['answered'] as unknown as FacilitatorPairView['privateProgress'] })])).not.toBe(base);
    expect(id([row('b'), row('a')])).not.toBe(base);
    expect(id([row('a')])).not.toBe(base);
    expect(id([])).not.toBe(id([row('a')]));
  });
});
