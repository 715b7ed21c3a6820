import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { aPublicView, anAgenda } from '../test/builders';
import { usePairStore } from './pair';
import { useScreenStore } from './screen';

const agenda = anAgenda();
const running = aPublicView(agenda, 'listening.talk', { seq: 12, phase: 'running' });
const notice = { sessionId: running.sessionId, endedAt: 1_700_000_000_000, seq: 13 };

describe.each([
  ['a phone', usePairStore],
  ['the projector', useScreenStore],
] as const)('%s after session.ended', (_who, useStore) => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows the ending at once, before the public view says so', () => {
    const store = useStore();
    store.setPublicView(running);
    expect(store.phase).toBe('running');
    store.endSession(notice);
    expect(store.phase).toBe('ended');
  });

  it('stays ended when a view sent before the end arrives late', () => {
    const store = useStore();
    store.endSession(notice);
    store.setPublicView(running);
    expect(store.phase).toBe('ended');
  });

  it('forgets the end when the page starts over (reset)', () => {
    const store = useStore();
    store.endSession(notice);
    store.reset();
    store.setPublicView(running);
    expect(store.phase).toBe('running');
  });
});
