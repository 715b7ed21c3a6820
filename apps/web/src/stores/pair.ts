import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { agendaForPair, type Agenda } from '@kindred/content';
import type { PairView, PublicView, SessionEndedNotice, ViewUpdate } from '@kindred/session';
import { findEntry } from '../session/agenda';
import { isFresh, shownPhase } from './views';

/** What the server last told this pair's device; nothing else. */
export const usePairStore = defineStore('pair', () => {
  const roomAgenda = shallowRef<Agenda | null>(null);
  const publicView = shallowRef<PublicView | null>(null);
  const pairView = shallowRef<PairView | null>(null);
  /** The agenda in this pair's own words: its name for the grown-up, its age band's texts. */
  const agenda = computed(() => (roomAgenda.value ? agendaForPair(roomAgenda.value, pairView.value?.words) : null));

  const ended = shallowRef<SessionEndedNotice | null>(null);
  const phase = computed(() => shownPhase(publicView.value, ended.value));
  const current = computed(() => findEntry(agenda.value, publicView.value?.position?.segmentId));

  function setAgenda(next: Agenda): void {
    roomAgenda.value = next;
  }
  function setPublicView(next: PublicView): void {
    if (isFresh(next, publicView.value)) publicView.value = next;
  }
  function setPairView(next: PairView): void {
    if (isFresh(next, pairView.value)) pairView.value = next;
  }
  /** A change that moved both (a step change): one frame, applied as the two views it carries. */
  function setViews(update: ViewUpdate): void {
    setPublicView(update.public);
    setPairView(update.own);
  }
  function endSession(notice: SessionEndedNotice): void {
    ended.value = notice;
  }
  function reset(): void {
    ended.value = null;
    roomAgenda.value = null;
    publicView.value = null;
    pairView.value = null;
  }

  return { agenda, roomAgenda, publicView, pairView, current, ended, phase, setAgenda, endSession, setPublicView, setPairView, setViews, reset };
});
