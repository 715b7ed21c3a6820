import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Agenda } from '@kindred/content';
import type { FacilitatorView } from '@kindred/session';
import type { Facilitator } from '../api/types';
import { findEntry } from '../session/agenda';
import { isFresh } from './views';

/** The signed-in facilitator and the live session they are running, as the server sent them. */
export const useFacilitatorStore = defineStore('facilitator', () => {
  /** undefined: not asked yet; null: signed out. */
  const me = shallowRef<Facilitator | null | undefined>(undefined);
  const agenda = shallowRef<Agenda | null>(null);
  const view = shallowRef<FacilitatorView | null>(null);

  const current = computed(() => findEntry(agenda.value, view.value?.position?.segmentId));
  const activePairs = computed(() => view.value?.pairs.filter((pair) => pair.status === 'active') ?? []);

  function setMe(next: Facilitator | null): void {
    me.value = next;
  }
  function setAgenda(next: Agenda): void {
    agenda.value = next;
  }
  function setView(next: FacilitatorView): void {
    if (view.value !== null && view.value.sessionId !== next.sessionId) view.value = null;
    if (isFresh(next, view.value)) view.value = next;
  }
  function leaveSession(): void {
    agenda.value = null;
    view.value = null;
  }

  return { me, agenda, view, current, activePairs, setMe, setAgenda, setView, leaveSession };
});
