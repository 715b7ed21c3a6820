import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Agenda } from '@kindred/content';
import type { PublicView } from '@kindred/session';
import { findEntry } from '../session/agenda';
import { isFresh } from './views';

/** The projector's copy of the public view. */
export const useScreenStore = defineStore('screen', () => {
  const agenda = shallowRef<Agenda | null>(null);
  const publicView = shallowRef<PublicView | null>(null);
  const current = computed(() => findEntry(agenda.value, publicView.value?.position?.segmentId));

  function setAgenda(next: Agenda): void {
    agenda.value = next;
  }
  function setPublicView(next: PublicView): void {
    if (isFresh(next, publicView.value)) publicView.value = next;
  }
  function reset(): void {
    agenda.value = null;
    publicView.value = null;
  }
  return { agenda, publicView, current, setAgenda, setPublicView, reset };
});
