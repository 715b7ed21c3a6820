import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PairBallotView, PublicStepView } from '@kindred/session';
import { aPoll } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import PollStep from './PollStep.vue';

const members = { mother: 'Ana', son: 'Leo' };
const pairPoll = aPoll();
const memberPoll = aPoll('talk.byrole', { audience: 'byRole', voter: 'member' });
const pollStep = (pollId: string, status: 'draft' | 'open' | 'closed' | 'revealed', results: Extract<PublicStepView, { kind: 'poll' }>['results'] = null): PublicStepView => ({
  kind: 'poll',
  pollId,
  status,
  ballotCount: 4,
  results,
});

describe('PollStep', () => {
  it('asks to wait while the poll is not open', () => {
    const { wrapper } = mountWith(PollStep, { props: { segment: pairPoll, step: pollStep(pairPoll.id, 'draft'), ballot: null, member: null, members } });
    expect(wrapper.find('[data-testid="poll-waiting"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="vote-submit"]').exists()).toBe(false);
  });

  it('casts one vote per pair without a role', async () => {
    const { wrapper, send } = mountWith(PollStep, { props: { segment: pairPoll, step: pollStep(pairPoll.id, 'open'), ballot: null, member: null, members } });
    await wrapper.findAll('[data-testid="vote-option"]')[1]!.setValue(true);
    await wrapper.get('form').trigger('submit');
    expect(send).toHaveBeenCalledWith({ type: 'vote.cast', pollId: pairPoll.id, choice: { type: 'single', optionId: 'sometimes' } }, expect.anything());
  });

  it('on a shared device, mother and son vote in turn, each under their role', async () => {
    const ballot: PairBallotView = {
      pollId: memberPoll.id,
      voters: [
        { role: 'mother', voted: true, choice: { type: 'single', optionId: 'often' } },
        { role: 'son', voted: false, choice: null },
      ],
    };
    const { wrapper, send } = mountWith(PollStep, { props: { segment: memberPoll, step: pollStep(memberPoll.id, 'open'), ballot, member: null, members } });
    expect(wrapper.text()).toContain('Leo votes');
    expect(wrapper.text()).toContain('Ana:');
    await wrapper.findAll('[data-testid="vote-option"]')[2]!.setValue(true);
    await wrapper.get('form').trigger('submit');
    expect(send).toHaveBeenCalledWith({ type: 'vote.cast', pollId: memberPoll.id, role: 'son', choice: { type: 'single', optionId: 'rarely' } }, expect.anything());
  });

  it('on a member’s own device, votes without naming the role', async () => {
    const { wrapper, send } = mountWith(PollStep, { props: { segment: memberPoll, step: pollStep(memberPoll.id, 'open'), ballot: null, member: 'mother', members } });
    await wrapper.findAll('[data-testid="vote-option"]')[0]!.setValue(true);
    await wrapper.get('form').trigger('submit');
    expect(send).toHaveBeenCalledWith({ type: 'vote.cast', pollId: memberPoll.id, choice: { type: 'single', optionId: 'often' } }, expect.anything());
  });

  it('thanks the pair once every voter voted', () => {
    const ballot: PairBallotView = { pollId: pairPoll.id, voters: [{ role: null, voted: true, choice: { type: 'single', optionId: 'often' } }] };
    const { wrapper } = mountWith(PollStep, { props: { segment: pairPoll, step: pollStep(pairPoll.id, 'open'), ballot, member: null, members } });
    expect(wrapper.get('[data-testid="poll-voted"]').text()).toContain('Your vote is in');
    expect(wrapper.text()).toContain('Often');
  });

  it('shows the revealed results', async () => {
    const step = pollStep(pairPoll.id, 'revealed', { pollId: pairPoll.id, audience: 'everyone', everyone: { status: 'not-enough-answers', needed: 3 } });
    const { wrapper } = mountWith(PollStep, { props: { segment: pairPoll, step, ballot: null, member: null, members } });
    // The results component loads on demand (only revealed polls need it).
    await vi.waitFor(
      async () => {
        await flushPromises();
        expect(wrapper.find('[data-testid="poll-results"]').exists()).toBe(true);
      },
      { timeout: 10_000 },
    );
  });
});
