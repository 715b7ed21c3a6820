import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Agenda } from '@kindred/content';
import type { PublicView, SessionEndedNotice } from '@kindred/session';
import { findEntry } from '../session/agenda';
import { isFresh, shownPhase } from './views';

/** The projector's copy of the public view. */
export const useScreenStore = defineStore('screen', () => {
  const agenda = shallowRef<Agenda | null>(null);
  const publicView = shallowRef<PublicView | null>(null);
  const ended = shallowRef<SessionEndedNotice | null>(null);
  const phase = computed(() => shownPhase(publicView.value, ended.value));
  const current = computed(() => findEntry(agenda.value, publicView.value?.position?.segmentId));

  function setAgenda(next: Agenda): void {
    agenda.value = next;
  }
  function setPublicView(next: PublicView): void {
    if (isFresh(next, publicView.value)) publicView.value = next;
  }
  function endSession(notice: SessionEndedNotice): void {
    ended.value = notice;
  }
  function reset(): void {
    ended.value = null;
    agenda.value = null;
    publicView.value = null;
  }
  return { agenda, publicView, current, ended, phase, setAgenda, endSession, setPublicView, reset };
});
