import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Agenda } from '@kindred/content';
import { mergeRoomFrame, type FacilitatorRoomFrame, type FacilitatorViewFrame } from '@kindred/session';
import type { Facilitator } from '../api/types';
import { findEntry } from '../session/agenda';
import { isFresh } from './views';

/** The signed-in facilitator and the live session they are running, as the server sent them. */
export const useFacilitatorStore = defineStore('facilitator', () => {
  /** undefined: not asked yet; null: signed out. */
  const me = shallowRef<Facilitator | null | undefined>(undefined);
  const agenda = shallowRef<Agenda | null>(null);
  const view = shallowRef<FacilitatorViewFrame | null>(null);

  const current = computed(() => findEntry(agenda.value, view.value?.position?.segmentId));
  const activePairs = computed(() => view.value?.pairs.filter((pair) => pair.status === 'active') ?? []);

  function setMe(next: Facilitator | null): void {
    me.value = next;
  }
  function setAgenda(next: Agenda): void {
    agenda.value = next;
  }
  function setView(next: FacilitatorViewFrame): void {
    if (view.value !== null && view.value.sessionId !== next.sessionId) view.value = null;
    if (isFresh(next, view.value)) view.value = next;
  }
  /**
   * A view sent without its pairs (a step, the timer: decision 50). False when they are
   * not the ones this console holds: the caller asks for the whole view.
   */
  function setRoomView(next: FacilitatorRoomFrame): boolean {
    const merged = mergeRoomFrame(view.value, next);
    if (merged === 'unknown-roster') return false;
    if (merged !== 'stale') view.value = merged;
    return true;
  }
  function leaveSession(): void {
    agenda.value = null;
    view.value = null;
  }

  return { me, agenda, view, current, activePairs, setMe, setAgenda, setView, setRoomView, leaveSession };
});
