import { describe, expect, it } from 'vitest';
import type { PrivateRevealSegment } from '@kindred/content';
import type { PrivateStepState } from '@kindred/session';
import { aPrivateReveal } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import PrivateRevealStep from './PrivateRevealStep.vue';
import { revealStage } from './privateReveal';

const segment = aPrivateReveal() as PrivateRevealSegment;
const members = { mother: 'Ana', son: 'Leo' };
const answers = (overrides: Partial<PrivateStepState> = {}): PrivateStepState => ({
  segmentId: segment.id,
  mother: { answered: false },
  son: { answered: false },
  revealed: false,
  canAnswer: true,
  canReveal: false,
  ready: [],
  ...overrides,
});

function step(view: PrivateStepState, member: 'mother' | 'son' | null = null) {
  return mountWith(PrivateRevealStep, { props: { segment, answers: view, member, members } });
}

describe('PrivateRevealStep on a shared device', () => {
  it('takes turns: the other looks away, then the member answers their own question', async () => {
    const { wrapper, send } = step(answers());
    expect(wrapper.text()).toContain('Each of you answers in secret');
    await wrapper.get('[data-testid="private-turn-mother"]').trigger('click');
    expect(wrapper.get('[data-testid="private-curtain"]').text()).toContain('Leo, please look away');
    await wrapper.get('[data-testid="private-ready"]').trigger('click');
    expect(wrapper.text()).toContain('What does your son enjoy most?');
    await wrapper.get('[data-testid="answer-text"]').setValue('  Football and drawing ');
    await wrapper.get('form').trigger('submit');
    await new Promise((resolve) => setTimeout(resolve));
    expect(send).toHaveBeenCalledWith(
      {
      type: 'answer.submit',
      segmentId: segment.id,
      role: 'mother',
      answer: { type: 'text', text: 'Football and drawing' },
      },
      expect.anything(),
    );
    expect(wrapper.text()).toContain('Now pass the phone to Leo');
  });

  it('offers to reveal together once both answered', async () => {
    const { wrapper, send } = step(answers({ mother: { answered: true, answer: null }, son: { answered: true, answer: null }, canReveal: true }));
    expect(wrapper.text()).toContain('You both answered!');
    await wrapper.get('[data-testid="private-reveal"]').trigger('click');
    expect(send).toHaveBeenCalledWith({ type: 'answer.reveal', segmentId: segment.id }, expect.anything());
  });

  it('shows both answers side by side once revealed', () => {
    const { wrapper } = step(
      answers({
        mother: { answered: true, answer: { type: 'text', text: 'Football' } },
        son: { answered: true, answer: { type: 'text', text: 'Drawing' } },
        revealed: true,
        canAnswer: false,
      }),
    );
    expect(wrapper.get('[data-testid="revealed-mother"]').text()).toBe('Football');
    expect(wrapper.get('[data-testid="revealed-son"]').text()).toBe('Drawing');
    expect(wrapper.text()).toContain('Ana');
  });

  it('shows the server’s refusal in words', async () => {
    const { wrapper } = mountWith(
      PrivateRevealStep,
      { props: { segment, answers: answers({ mother: { answered: true, answer: null }, son: { answered: true, answer: null }, canReveal: true }), member: null, members } },
      { reply: () => ({ ok: false, code: 'session/step-ended', message: 'x' }) },
    );
    await wrapper.get('[data-testid="private-reveal"]').trigger('click');
    await new Promise((resolve) => setTimeout(resolve));
    expect(wrapper.get('[role="alert"]').text()).toBe('The facilitator has ended this step.');
  });
});

describe('PrivateRevealStep on a member’s own device', () => {
  it('asks only this member’s question, without a role in the command', async () => {
    const { wrapper, send } = step(answers(), 'son');
    expect(wrapper.text()).toContain('What do you enjoy most?');
    await wrapper.get('[data-testid="answer-text"]').setValue('Drawing');
    await wrapper.get('form').trigger('submit');
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'answer.submit', role: 'son' }), expect.anything());
  });

  it('waits for the other member after answering', () => {
    const { wrapper } = step(answers({ son: { answered: true, answer: { type: 'text', text: 'Drawing' } } }), 'son');
    expect(wrapper.get('[data-testid="private-waiting"]').text()).toBe('Waiting for Ana to answer…');
  });

  it('confirms "ready" on its own, then waits for the other member to confirm', async () => {
    const both = { mother: { answered: true, answer: null }, son: { answered: true, answer: { type: 'text' as const, text: 'Drawing' } }, canReveal: true };
    const { wrapper, send } = step(answers({ ...both, ready: ['mother'] }), 'son');
    expect(wrapper.get('[data-testid="private-other-ready"]').text()).toBe('Ana is ready to reveal.');
    expect(wrapper.get('[data-testid="private-reveal"]').text()).toBe('I’m ready to reveal');
    await wrapper.get('[data-testid="private-reveal"]').trigger('click');
    expect(send).toHaveBeenCalledWith({ type: 'answer.reveal', segmentId: segment.id }, expect.anything());
    const waiting = step(answers({ ...both, canReveal: false, ready: ['son'] }), 'son').wrapper;
    expect(waiting.get('[data-testid="private-confirmed"]').text()).toContain('Waiting for Ana to tap');
    expect(waiting.find('[data-testid="private-reveal"]').exists()).toBe(false);
  });

  it('says so when its own answer was typed on the shared phone before the split', () => {
    const { wrapper } = step(answers({ son: { answered: true, answer: null } }), 'son');
    expect(wrapper.text()).toContain('written on the other phone');
  });
});

describe('revealStage', () => {
  it('lets a pair with one answer reveal once the step is over', () => {
    expect(revealStage(answers({ mother: { answered: true, answer: null }, canAnswer: false, canReveal: true }), null)).toBe('ready');
    expect(revealStage(answers({ canAnswer: false }), null)).toBe('closed');
    expect(revealStage(answers({ mother: { answered: true, answer: null } }), null)).toBe('answer');
  });
});
