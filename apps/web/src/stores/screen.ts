import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Agenda } from '@kindred/content';
import type { PublicView, SessionEndedNotice } from '@kindred/session';
import { findEntry } from '../session/agenda';
import { isFresh, shownPhase } from './views';

/**
 * The projector's copy of the public view, and the public agenda in every language the
 * server sends (one `session.agenda` each): it shows the one or two the facilitator chose.
 */
export const useScreenStore = defineStore('screen', () => {
  const agendas = shallowRef<Readonly<Record<string, Agenda>>>({});
  const publicView = shallowRef<PublicView | null>(null);
  const ended = shallowRef<SessionEndedNotice | null>(null);
  const phase = computed(() => shownPhase(publicView.value, ended.value));
  /** The languages shown, in order (the session's first), of those whose agenda is here. */
  const languages = computed(() => {
    const chosen = (publicView.value?.projectorLanguages ?? []).filter((language) => agendas.value[language]);
    const first = Object.keys(agendas.value)[0];
    return chosen.length > 0 ? chosen : first ? [first] : [];
  });
  const agenda = computed(() => agendas.value[languages.value[0] ?? ''] ?? null);
  const current = computed(() => findEntry(agenda.value, publicView.value?.position?.segmentId));
  /** The same moment in each shown language, side by side. */
  const shown = computed(() =>
    languages.value.flatMap((language) => {
      const entry = findEntry(agendas.value[language] ?? null, publicView.value?.position?.segmentId);
      return entry ? [{ language, agenda: agendas.value[language] as Agenda, entry }] : [];
    }),
  );

  function setAgenda(next: Agenda): void {
    agendas.value = { ...agendas.value, [next.language]: next };
  }
  function setPublicView(next: PublicView): void {
    if (isFresh(next, publicView.value)) publicView.value = next;
  }
  function endSession(notice: SessionEndedNotice): void {
    ended.value = notice;
  }
  function reset(): void {
    ended.value = null;
    agendas.value = {};
    publicView.value = null;
  }
  return { agendas, agenda, languages, publicView, current, shown, ended, phase, setAgenda, endSession, setPublicView, reset };
});
