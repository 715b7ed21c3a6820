import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FacilitatorPairView, FacilitatorRoomFrame, FacilitatorViewFrame } from '@kindred/session';
import { useFacilitatorStore } from './facilitator';

const okafors = { pairId: 'p1', name: 'The Okafors', status: 'active' } as FacilitatorPairView;

function whole(seq: number, rosterId = 'r1'): FacilitatorViewFrame {
  return { seq, sessionId: 's1', phase: 'running', rosterId, pairs: [okafors], position: null } as unknown as FacilitatorViewFrame;
}
function room(seq: number, rosterId = 'r1', segmentId = 'listening.talk'): FacilitatorRoomFrame {
  return { seq, sessionId: 's1', phase: 'running', rosterId, position: { segmentId } } as unknown as FacilitatorRoomFrame;
}

describe('the console receiving a view without its pairs (view.facilitatorRoom)', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('moves to the new step and keeps listing its pairs', () => {
    const store = useFacilitatorStore();
    store.setView(whole(4));
    expect(store.setRoomView(room(5))).toBe(true);
    expect(store.view?.seq).toBe(5);
    expect(store.view?.position?.segmentId).toBe('listening.talk');
    expect(store.activePairs.map((p) => p.name)).toEqual(['The Okafors']);
  });

  it('says so when the frame is about another list of pairs, and keeps what it shows', () => {
    const store = useFacilitatorStore();
    store.setView(whole(4));
    expect(store.setRoomView(room(5, 'r2'))).toBe(false);
    expect(store.view?.seq).toBe(4);
    expect(useFacilitatorStore().setRoomView(room(3, 'r2'))).toBe(true);
    expect(store.view?.seq).toBe(4);
  });
});
