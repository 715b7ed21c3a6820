import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { aPairView, aPublicView, anAgenda } from '../test/builders';
import { usePairStore } from './pair';

const agenda = anAgenda();

describe('a phone receiving a step change in one frame (view.update)', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('moves to the new step and shows its own view of it together', () => {
    const store = usePairStore();
    store.setAgenda(agenda);
    store.setPublicView(aPublicView(agenda, 'listening.talk', { seq: 4, phase: 'running' }));
    store.setPairView(aPairView({ seq: 4 }));

    store.setViews({ public: aPublicView(agenda, 'listening.private', { seq: 5, phase: 'running' }), own: aPairView({ seq: 5, name: 'The Okafors' }) });

    expect(store.current?.segment.id).toBe('listening.private');
    expect(store.pairView?.seq).toBe(5);
    expect(store.pairView?.name).toBe('The Okafors');
  });

  it('keeps the newer views when an older frame arrives late', () => {
    const store = usePairStore();
    store.setAgenda(agenda);
    store.setViews({ public: aPublicView(agenda, 'listening.private', { seq: 7, phase: 'running' }), own: aPairView({ seq: 7, name: 'Newer' }) });
    store.setViews({ public: aPublicView(agenda, 'listening.talk', { seq: 6, phase: 'running' }), own: aPairView({ seq: 6, name: 'Older' }) });

    expect(store.publicView?.seq).toBe(7);
    expect(store.current?.segment.id).toBe('listening.private');
    expect(store.pairView?.name).toBe('Newer');
  });
});
