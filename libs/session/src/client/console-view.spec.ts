import type { FacilitatorRoomFrame, FacilitatorViewFrame } from '../protocol/views';
import { mergeRoomFrame } from './console-view';

const pairs = [
  { pairId: 'p1', name: 'The Okafors', members: { mother: 'Ada', son: 'Tobi' }, joinedAt: 1, status: 'active', privateProgress: [], commitments: [], handoutShared: false },
] as unknown as FacilitatorViewFrame['pairs'];

function held(overrides: Partial<FacilitatorViewFrame> = {}): FacilitatorViewFrame {
  return { seq: 10, sessionId: 's1', rosterId: 'r1', pairs, phase: 'running', pairCount: 1, ...overrides } as FacilitatorViewFrame;
}
function room(overrides: Partial<FacilitatorRoomFrame> = {}): FacilitatorRoomFrame {
  return { seq: 11, sessionId: 's1', rosterId: 'r1', phase: 'running', pairCount: 1, ...overrides } as FacilitatorRoomFrame;
}

describe('mergeRoomFrame (a console view sent without its pairs)', () => {
  it('takes the new room state and keeps the pairs it holds when the roster is the same', () => {
    const merged = mergeRoomFrame(held(), room({ phase: 'ended' }));
    expect(merged).toMatchObject({ seq: 11, phase: 'ended', rosterId: 'r1' });
    expect((merged as FacilitatorViewFrame).pairs).toBe(pairs);
  });

  it('asks for the whole view when it holds another roster, or none, or another session', () => {
    expect(mergeRoomFrame(held(), room({ rosterId: 'r2' }))).toBe('unknown-roster');
    expect(mergeRoomFrame(null, room())).toBe('unknown-roster');
    expect(mergeRoomFrame(held(), room({ sessionId: 's2', seq: 1 }))).toBe('unknown-roster');
  });

  it('ignores a late frame (an older seq), whatever its roster', () => {
    expect(mergeRoomFrame(held(), room({ seq: 9 }))).toBe('stale');
    expect(mergeRoomFrame(held(), room({ seq: 9, rosterId: 'r0' }))).toBe('stale');
  });

  it('takes a frame of the same seq (votes change counts without changing seq)', () => {
    expect(mergeRoomFrame(held(), room({ seq: 10, pairCount: 1 }))).toMatchObject({ seq: 10 });
  });
});
