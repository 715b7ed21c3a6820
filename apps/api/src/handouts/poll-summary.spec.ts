import type { PollSegment } from '@kindred/content';
import { summarizePoll } from './poll-summary';

const base = { kind: 'poll', title: 'Poll', durationSec: 120, script: '', deviceText: '', question: 'Q?', voter: 'member' } as const;

describe('summarizePoll', () => {
  it('labels single-choice counts with the option texts and keeps a held-back group held back', () => {
    const poll: PollSegment = { ...base, id: 'p', audience: 'byRole', poll: { type: 'single', options: [{ id: 'a', label: 'Often' }, { id: 'b', label: 'Rarely' }] } };
    const summary = summarizePoll(poll, {
      pollId: 'p',
      audience: 'byRole',
      mother: { status: 'shown', tally: { type: 'single', ballotCount: 3, options: [{ optionId: 'a', count: 2 }, { optionId: 'b', count: 1 }] } },
      son: { status: 'not-enough-answers', needed: 3 },
    });
    expect(summary.groups).toEqual([
      { group: 'mother', status: 'shown', ballotCount: 3, bars: [{ label: 'Often', count: 2 }, { label: 'Rarely', count: 1 }], mean: null, answers: [], words: [] },
      { group: 'son', status: 'not-enough-answers', needed: 3 },
    ]);
  });

  it('names the ends of a scale and passes open answers through', () => {
    const scale: PollSegment = { ...base, id: 's', audience: 'everyone', poll: { type: 'scale', min: 1, max: 5, minLabel: 'Hard', maxLabel: 'Easy' } };
    const distribution = [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 4 ? 3 : 0 }));
    const shown = summarizePoll(scale, { pollId: 's', audience: 'everyone', everyone: { status: 'shown', tally: { type: 'scale', ballotCount: 3, distribution, mean: 4 } } }).groups[0];
    expect(shown?.status === 'shown' && shown.bars.map((bar) => bar.label)).toEqual(['1 · Hard', '2', '3', '4', '5 · Easy']);
    expect(shown).toMatchObject({ mean: 4 });

    const open: PollSegment = { ...base, id: 'o', audience: 'everyone', poll: { type: 'openText', maxLength: 80 } };
    const answers = summarizePoll(open, {
      pollId: 'o',
      audience: 'everyone',
      everyone: { status: 'shown', tally: { type: 'openText', ballotCount: 3, answers: [{ answerId: 'x', text: 'calm' }, { answerId: 'y', text: 'proud' }], words: [{ word: 'calm', count: 1 }] } },
    }).groups[0];
    expect(answers).toMatchObject({ status: 'shown', bars: [], answers: ['calm', 'proud'], words: [{ word: 'calm', count: 1 }] });
  });
});

describe('summarizePoll in a small room', () => {
  it('adds the combined group after the held-back roles when the engine fell back to it', () => {
    const split: PollSegment = { id: 'p', kind: 'poll', title: 'Poll', durationSec: 60, script: '', deviceText: '', question: 'How?', audience: 'byRole', voter: 'member', poll: { type: 'openText', maxLength: 80 } };
    const summary = summarizePoll(split, {
      pollId: 'p',
      audience: 'byRole',
      mother: { status: 'not-enough-answers', needed: 3 },
      son: { status: 'not-enough-answers', needed: 3 },
      combined: { status: 'shown', tally: { type: 'openText', ballotCount: 4, answers: [{ answerId: 'a', text: 'calm' }], words: [{ word: 'calm', count: 1 }] } },
    });
    expect(summary.groups.map((group) => [group.group, group.status])).toEqual([
      ['mother', 'not-enough-answers'],
      ['son', 'not-enough-answers'],
      ['together', 'shown'],
    ]);
  });
});
