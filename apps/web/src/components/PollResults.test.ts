import { describe, expect, it } from 'vitest';
import type { PollResults as Results } from '@kindred/session';
import { aPoll } from '../test/builders';
import { mountWith } from '../test/mountWith';
import PollResults from './PollResults.vue';
import { barRows, sideBySideRows } from './poll-results/rows';

const segment = aPoll();
const byRoleSegment = aPoll('talk.byrole', { audience: 'byRole', voter: 'member' });
const singleTally = (often: number, sometimes: number, rarely: number) => ({
  type: 'single' as const,
  ballotCount: often + sometimes + rarely,
  options: [
    { optionId: 'often', count: often },
    { optionId: 'sometimes', count: sometimes },
    { optionId: 'rarely', count: rarely },
  ],
});

describe('PollResults', () => {
  it('says there are not enough answers yet, and how many are needed, instead of showing a small group', () => {
    const results: Results = { pollId: segment.id, audience: 'everyone', everyone: { status: 'not-enough-answers', needed: 3 } };
    const { wrapper } = mountWith(PollResults, { props: { results, segment } });
    const note = wrapper.get('[data-testid="results-not-enough"]');
    expect(note.text()).toContain('at least 3');
    expect(wrapper.findAll('[data-testid="result-row"]')).toHaveLength(0);
  });

  it('shows one bar per option, in the poll’s order, with percentages of the answers', () => {
    const results: Results = { pollId: segment.id, audience: 'everyone', everyone: { status: 'shown', tally: singleTally(2, 6, 0) } };
    const { wrapper } = mountWith(PollResults, { props: { results, segment } });
    const rows = wrapper.findAll('[data-testid="result-row"]');
    expect(rows.map((row) => row.find('.label').text())).toEqual(['Often', 'Sometimes', 'Rarely']);
    expect(rows.map((row) => row.find('.value').text())).toEqual(['25%', '75%', '0%']);
    expect(wrapper.text()).toContain('8 answers');
  });

  it('puts mothers and sons side by side for each option when split by role', () => {
    const results: Results = {
      pollId: byRoleSegment.id,
      audience: 'byRole',
      mother: { status: 'shown', tally: singleTally(3, 1, 0) },
      son: { status: 'shown', tally: singleTally(1, 1, 2) },
    };
    const { wrapper } = mountWith(PollResults, { props: { results, segment: byRoleSegment } });
    const rows = wrapper.findAll('[data-testid="result-row"]');
    expect(rows).toHaveLength(3);
    const often = rows[0]!;
    expect(often.find('.fill.mother').attributes('style')).toContain('width: 75%');
    expect(often.find('.fill.son').attributes('style')).toContain('width: 25%');
    expect(wrapper.get('[data-testid="results-mother"]').text()).toContain('Mothers');
    expect(wrapper.get('[data-testid="results-son"]').text()).toContain('Sons');
  });

  it('applies the minimum group size to each role separately', () => {
    const results: Results = {
      pollId: byRoleSegment.id,
      audience: 'byRole',
      mother: { status: 'shown', tally: singleTally(3, 1, 0) },
      son: { status: 'not-enough-answers', needed: 3 },
    };
    const { wrapper } = mountWith(PollResults, { props: { results, segment: byRoleSegment } });
    expect(wrapper.get('[data-testid="results-son"]').text()).toContain('needs 3');
    expect(wrapper.findAll('.fill.son')).toHaveLength(0);
    expect(wrapper.findAll('.fill.mother')).toHaveLength(3);
  });

  it('lists open answers without hidden ones, and lets the console hide one', async () => {
    const openSegment = aPoll('talk.open', { poll: { type: 'openText', maxLength: 200 } });
    const results = {
      pollId: openSegment.id,
      audience: 'everyone' as const,
      everyone: {
        status: 'shown' as const,
        tally: {
          type: 'openText' as const,
          ballotCount: 3,
          answers: [
            { answerId: 'a1', text: 'Walks', hidden: false },
            { answerId: 'a2', text: 'Something unkind', hidden: true },
            { answerId: 'a3', text: 'Cooking', hidden: false },
          ],
          words: [],
        },
      },
    };
    const phone = mountWith(PollResults, { props: { results, segment: openSegment } }).wrapper;
    expect(phone.text()).toContain('Walks');
    expect(phone.text()).not.toContain('Something unkind');

    const console = mountWith(PollResults, { props: { results, segment: openSegment, moderate: true } }).wrapper;
    await console.findAll('button')[0]!.trigger('click');
    expect(console.emitted('hide')).toEqual([['a1']]);
  });

  it('shows the scale average', () => {
    const scaleSegment = aPoll('talk.scale', { poll: { type: 'scale', min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' } });
    const results: Results = {
      pollId: scaleSegment.id,
      audience: 'everyone',
      everyone: { status: 'shown', tally: { type: 'scale', ballotCount: 4, mean: 3.5, distribution: [{ value: 3, count: 2 }, { value: 4, count: 2 }] } },
    };
    const { wrapper } = mountWith(PollResults, { props: { results, segment: scaleSegment } });
    expect(wrapper.text()).toContain('average 3.5');
    expect(wrapper.findAll('[data-testid="result-row"]')).toHaveLength(5);
  });
});

describe('poll result rows', () => {
  it('fills in options nobody chose', () => {
    const rows = barRows({ type: 'single', ballotCount: 2, options: [{ optionId: 'often', count: 2 }] }, segment.poll);
    expect(rows.map((row) => row.count)).toEqual([2, 0, 0]);
  });

  it('pairs role rows by option even when one side is hidden', () => {
    const rows = sideBySideRows({ status: 'not-enough-answers', needed: 3 }, { status: 'shown', tally: singleTally(1, 2, 3) }, segment.poll);
    expect(rows.map((row) => [row.label, row.mother, row.son?.count])).toEqual([
      ['Often', null, 1],
      ['Sometimes', null, 2],
      ['Rarely', null, 3],
    ]);
  });

  describe('open text', () => {
    const openSegment = aPoll('talk.open', { poll: { type: 'openText', maxLength: 200 } });
    const results: Results = {
      pollId: openSegment.id,
      audience: 'everyone',
      everyone: {
        status: 'shown',
        tally: {
          type: 'openText',
          ballotCount: 3,
          answers: [
            { answerId: 'a1', text: 'Happy and tired' },
            { answerId: 'a2', text: 'happy' },
            { answerId: 'a3', text: 'Calm' },
          ],
          words: [
            { word: 'happy', count: 2 },
            { word: 'calm', count: 1 },
            { word: 'tired', count: 1 },
          ],
        },
      },
    };

    it('shows the projector a word cloud instead of every answer, with the words as a list for screen readers', () => {
      const screen = mountWith(PollResults, { props: { results, segment: openSegment, size: 'screen' } }).wrapper;
      expect(screen.get('[data-testid="word-cloud"]').attributes('aria-hidden')).toBe('true');
      expect(screen.findAll('[data-testid="cloud-word"]').map((word) => word.text())).toEqual(['calm', 'happy', 'tired']);
      expect(screen.get('[data-testid="word-list"]').findAll('li').map((item) => item.text())).toEqual(['happy: 2 answers', 'calm: 1 answer', 'tired: 1 answer']);
      expect(screen.text()).not.toContain('Happy and tired');
    });

    it('shows the console the cloud above the answers it moderates, and phones the answers only', () => {
      const console = mountWith(PollResults, { props: { results, segment: openSegment, size: 'console', moderate: true } }).wrapper;
      expect(console.find('[data-testid="word-cloud"]').exists()).toBe(true);
      expect(console.text()).toContain('Happy and tired');
      const phone = mountWith(PollResults, { props: { results, segment: openSegment, size: 'phone' } }).wrapper;
      expect(phone.find('[data-testid="word-cloud"]').exists()).toBe(false);
      expect(phone.text()).toContain('Happy and tired');
    });
  });

  it('shows a small room\'s split poll as one combined result, saying why', () => {
    const results: Results = {
      pollId: byRoleSegment.id,
      audience: 'byRole',
      mother: { status: 'not-enough-answers', needed: 3 },
      son: { status: 'not-enough-answers', needed: 3 },
      combined: { status: 'shown', tally: singleTally(2, 1, 1) },
    };
    const wrapper = mountWith(PollResults, { props: { results, segment: byRoleSegment } }).wrapper;
    expect(wrapper.get('[data-testid="results-combined"]').text()).toBe('Mothers and sons together: each group alone has fewer than 3 answers.');
    expect(wrapper.findAll('[data-testid="result-row"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="results-mother"]').exists()).toBe(false);
  });
});
