import { describe, expect, it } from 'vitest';
import type { PairTalkSegment } from '@kindred/content';
import { aPairTalk } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import PairTalkStep from './PairTalkStep.vue';

const talk = aPairTalk('listening.talk', { halfway: 'Halfway: swap. Now the son answers.', bonus: 'Finished early? Name one good moment.' }) as PairTalkSegment;

describe('PairTalkStep', () => {
  it('shows the bonus prompt, and the swap cue only once half the time has run', () => {
    const now = Date.now();
    const early = mountWith(PairTalkStep, { props: { segment: talk, timer: { status: 'running', durationMs: 300_000, endsAt: now + 200_000 } } }).wrapper;
    expect(early.get('[data-testid="talk-bonus"]').text()).toContain('Finished early?');
    expect(early.find('[data-testid="halfway-cue"]').exists()).toBe(false);

    const late = mountWith(PairTalkStep, { props: { segment: talk, timer: { status: 'running', durationMs: 300_000, endsAt: now + 100_000 } } }).wrapper;
    expect(late.get('[data-testid="halfway-cue"]').text()).toContain('Now the son answers.');

    // The line above the bonus and the bonus read as two sentences, not "early?Name".
    const lead = mountWith(PairTalkStep, { props: { segment: { ...talk, bonus: 'Name one good moment.', bonusLead: 'Finished early?' }, timer: { status: 'idle', durationMs: 300_000, remainingMs: 300_000 } } }).wrapper;
    expect(lead.get('[data-testid="talk-bonus"]').text()).toBe('Finished early? Name one good moment.');

    const idle = mountWith(PairTalkStep, { props: { segment: talk, timer: { status: 'idle', durationMs: 300_000, remainingMs: 300_000 } } }).wrapper;
    expect(idle.find('[data-testid="halfway-cue"]').exists()).toBe(false);
  });
});
