import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { aPublicView, anAgenda } from '../test/builders';
import { useScreenStore } from './screen';

const english = anAgenda();
const spanish = { ...anAgenda(), language: 'es', title: 'Taller de primavera' };

describe('the projector’s languages', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows the session’s language until the facilitator asks for both', () => {
    const store = useScreenStore();
    store.setAgenda(english);
    store.setAgenda(spanish);
    store.setPublicView(aPublicView(english, 'listening.talk', { seq: 11, phase: 'running', projectorLanguages: ['en'] }));
    expect(store.languages).toEqual(['en']);
    expect(store.agenda?.title).toBe('Spring workshop');

    store.setPublicView(aPublicView(english, 'listening.talk', { seq: 12, phase: 'running', projectorLanguages: ['en', 'es'] }));
    expect(store.languages).toEqual(['en', 'es']);
    expect(store.shown.map((column) => [column.language, column.agenda.title, column.entry.segment.id])).toEqual([
      ['en', 'Spring workshop', 'listening.talk'],
      ['es', 'Taller de primavera', 'listening.talk'],
    ]);
  });

  it('shows what it has while the other language’s agenda is on its way', () => {
    const store = useScreenStore();
    store.setAgenda(english);
    store.setPublicView(aPublicView(english, null, { projectorLanguages: ['es', 'en'] }));
    expect(store.languages).toEqual(['en']);
  });
});
