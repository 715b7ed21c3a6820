import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWith } from '../test/mountWith';
import HandoutTopic from './HandoutTopic.vue';
import { fetchHandout } from './handoutApi';
import type { HandoutTopic as Topic } from '@kindred/session';
import { handoutStrings } from './strings';

const strings = handoutStrings('en');

const topic: Topic = {
  sectionId: 'emotional-needs',
  topicNumber: 1,
  title: 'Saying how we really feel',
  summary: 'Both of you can say what you feel.',
  keyIdeas: ['A feeling is not a problem to fix.'],
  answers: [
    { segmentId: 'a', title: 'What helps when I am upset', question: { mother: 'What do you need?', son: 'What do you need?' }, revealed: true, mother: 'A hug', son: null },
    { segmentId: 'b', title: 'A secret one', question: { mother: 'Q', son: 'Q' }, revealed: false, mother: null, son: null },
  ],
  commitments: [{ segmentId: 'c', prompt: 'This week we will…', text: 'Cook pancakes on Sunday' }],
  polls: [
    {
      pollId: 'p',
      question: 'How easy is it?',
      type: 'single',
      audience: 'byRole',
      groups: [
        { group: 'mother', status: 'shown', ballotCount: 4, bars: [{ label: 'Easy', count: 3 }, { label: 'Hard', count: 1 }], mean: null, answers: [], words: [] },
        { group: 'son', status: 'not-enough-answers', needed: 3 },
      ],
    },
  ],
  takeHome: ['Feelings check at dinner.'],
};

describe('HandoutTopic', () => {
  it('shows revealed answers by name, keeps unrevealed ones private, boxes the commitment', () => {
    const { wrapper } = mountWith(HandoutTopic, { props: { topic, members: { mother: 'Lucía', son: null }, strings } });
    const [revealed, hidden] = wrapper.findAll('[data-testid="handout-answer"]');
    expect(revealed!.text()).toContain('Lucía · Mother');
    expect(revealed!.text()).toContain('A hug');
    expect(revealed!.text()).toContain('No answer this time');
    expect(hidden!.text()).toContain(strings.notRevealed);
    expect(wrapper.get('[data-testid="handout-commitment"]').text()).toContain('“Cook pancakes on Sunday”');
  });

  it('draws poll bars with counts and shares, and holds back a group under k', () => {
    const { wrapper } = mountWith(HandoutTopic, { props: { topic, members: { mother: null, son: null }, strings } });
    const poll = wrapper.get('[data-testid="handout-poll"]');
    expect(poll.text()).toContain('Mothers · 4 answers');
    expect(poll.findAll('.value').map((v) => v.text())).toEqual(['3 · 75%', '1 · 25%']);
    expect(poll.get('.fill').attributes('style')).toContain('width: 75%');
    expect(poll.get('[data-testid="handout-not-enough"]').text()).toBe(strings.notEnough(3));
  });
});

describe('fetchHandout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the pair token as a Bearer header and turns a refusal into its code', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ code: 'handout/unauthorized', message: 'no' }), { status: 401 })));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchHandout({ pairId: 'p 1', token: 'tok' })).rejects.toMatchObject({ status: 401, code: 'handout/unauthorized' });
    expect(fetchMock).toHaveBeenCalledWith('/api/handouts/p%201', { headers: { Accept: 'application/json', Authorization: 'Bearer tok' }, credentials: 'same-origin' });
  });
});
