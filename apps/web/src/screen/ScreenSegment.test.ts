import { describe, expect, it } from 'vitest';
import type { PublicView } from '@kindred/session';
import es from '../i18n/es';
import esConsole from '../i18n/es.console';
import { findEntry } from '../session/agenda';
import { anAgenda, aPoll, aPublicView, aSection } from '../test/builders';
import { mountWith } from '../test/mountWith';
import ScreenSegment from './ScreenSegment.vue';

const poll = aPoll();
const agenda = anAgenda([aSection('listening', [poll])]);
const entry = findEntry(agenda, poll.id)!;
const revealed = (): PublicView =>
  aPublicView(agenda, poll.id, {
    step: {
      kind: 'poll',
      pollId: poll.id,
      status: 'revealed',
      ballotCount: 8,
      results: {
        pollId: poll.id,
        audience: 'everyone',
        everyone: { status: 'shown', tally: { type: 'single', ballotCount: 8, options: [{ optionId: 'often', count: 2 }, { optionId: 'sometimes', count: 6 }, { optionId: 'rarely', count: 0 }] } },
      },
    },
    timer: { status: 'paused', durationMs: 300_000, remainingMs: 120_000 },
  });

function mountColumn(locale: string | undefined) {
  return mountWith(ScreenSegment, { props: { entry, view: revealed(), clockOffsetMs: 0, locale } }, { messages: { es: { ...es, ...esConsole } } });
}

describe('ScreenSegment', () => {
  it('words a Spanish column’s poll results and timer in Spanish on an English projector page', () => {
    const { wrapper } = mountColumn('es');
    expect(wrapper.text()).toContain('8 respuestas');
    expect(wrapper.text()).not.toContain('8 answers');
    expect(wrapper.get('[data-testid="timer"]').text()).toContain(es.timer.paused);
  });

  it('follows the page outside a column of its own', () => {
    const { wrapper } = mountColumn(undefined);
    expect(wrapper.text()).toContain('8 answers');
    expect(wrapper.get('[data-testid="timer"]').text()).toContain('Paused');
  });
});
