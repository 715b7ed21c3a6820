import { describe, expect, it } from 'vitest';
import { aBreak, aCommitment, aPairTalk, aPairView, aPoll, aPrivateReveal, aPublicView, aSection, anAgenda } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import { findEntry } from '../../session/agenda';
import SegmentScreen from './SegmentScreen.vue';

const agenda = anAgenda([
  aSection('listening', [aPairTalk(), aPrivateReveal(), aPoll(), aCommitment()]),
  aSection('pause', [aBreak()], { kind: 'break', topicNumber: null, title: 'Break', summary: '' }),
]);

function screenFor(segmentId: string, overrides: Parameters<typeof aPublicView>[2] = {}) {
  const entry = findEntry(agenda, segmentId);
  if (!entry) throw new Error(segmentId);
  return mountWith(SegmentScreen, { props: { entry, publicView: aPublicView(agenda, segmentId, overrides), pairView: aPairView() } }).wrapper;
}

describe('SegmentScreen', () => {
  it('shows the topic card with progress through the agenda', () => {
    const wrapper = screenFor('listening.talk');
    expect(wrapper.get('[data-testid="topic-progress"]').text()).toBe('Topic 3 of 9');
    expect(wrapper.get('[data-testid="topic-title"]').text()).toBe('Listening');
    expect(wrapper.get('[data-testid="segment-title"]').text()).toContain('Talk it through');
  });

  it('shows pair-talk prompts, and the timer as the console does: not started, then running', () => {
    const idle = screenFor('listening.talk');
    expect(idle.findAll('[data-testid="talk-prompt"]').map((prompt) => prompt.text())).toEqual([
      '1When did you last feel really listened to?',
      '2What helps you listen?',
    ]);
    expect(idle.find('[data-testid="timer"]').text()).toContain('Not started');
    const running = screenFor('listening.talk', { timer: { status: 'running', durationMs: 300_000, endsAt: Date.now() + 120_000 } });
    expect(running.find('[data-testid="timer"]').exists()).toBe(true);
  });

  it('picks the screen for each kind of step', () => {
    expect(screenFor('listening.private').find('[data-testid="step-private"]').exists()).toBe(true);
    expect(screenFor('listening.poll').find('[data-testid="step-poll"]').exists()).toBe(true);
    expect(screenFor('listening.commit').find('[data-testid="step-commitment"]').exists()).toBe(true);
  });

  it('opens the answer box from the room alone: the pair’s view has nothing of a step nobody answered', () => {
    const open = screenFor('listening.private', {
      step: { kind: 'privateReveal', segmentId: 'listening.private', answeredPairs: 0, bothAnsweredPairs: 0, revealedPairs: 0, ended: false },
    });
    expect(open.find('[data-testid="private-turn-mother"]').exists()).toBe(true);
    // The facilitator ended the step before anyone in the pair answered: nothing left to do.
    const ended = screenFor('listening.private', {
      step: { kind: 'privateReveal', segmentId: 'listening.private', answeredPairs: 0, bothAnsweredPairs: 0, revealedPairs: 0, ended: true },
    });
    expect(ended.find('[data-testid="private-turn-mother"]').exists()).toBe(false);
    expect(ended.get('[data-testid="step-private"]').text()).toContain('This step has ended');
  });

  it('offers the reveal once the step ended with one answer in (from the pair’s entry and the room)', () => {
    const entry = findEntry(agenda, 'listening.private')!;
    const pairView = aPairView({ privateAnswers: [{ segmentId: 'listening.private', mother: { answered: true, answer: null }, son: { answered: false }, revealed: false, ready: [] }] });
    const during = mountWith(SegmentScreen, {
      props: { entry, pairView, publicView: aPublicView(agenda, 'listening.private', { step: { kind: 'privateReveal', segmentId: 'listening.private', answeredPairs: 1, bothAnsweredPairs: 0, revealedPairs: 0, ended: false } }) },
    }).wrapper;
    expect(during.find('[data-testid="private-reveal"]').exists()).toBe(false);
    const after = mountWith(SegmentScreen, {
      props: { entry, pairView, publicView: aPublicView(agenda, 'listening.private', { step: { kind: 'privateReveal', segmentId: 'listening.private', answeredPairs: 1, bothAnsweredPairs: 0, revealedPairs: 0, ended: true } }) },
    }).wrapper;
    expect(after.find('[data-testid="private-reveal"]').exists()).toBe(true);
  });

  it('shows a break without a topic number', () => {
    const wrapper = screenFor('break-1');
    expect(wrapper.get('[data-testid="topic-progress"]').text()).toBe('Break');
    expect(wrapper.get('[data-testid="step-break"]').text()).toContain('Stretch your legs.');
  });
});
