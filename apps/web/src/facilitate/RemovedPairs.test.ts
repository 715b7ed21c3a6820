import { describe, expect, it } from 'vitest';
import type { FacilitatorPairView } from '@kindred/session';
import { mountWith } from '../test/mountWith';
import RemovedPairs from './RemovedPairs.vue';

const removed = (pairId: string, name: string): FacilitatorPairView => ({
  pairId,
  name,
  members: { mother: null, son: null },
  joinedAt: 0,
  status: 'removed',
  privateProgress: [],
  commitments: [],
  handoutShared: false,
});

describe('RemovedPairs', () => {
  it('lists removed pairs and lets the facilitator let one back in', async () => {
    const { wrapper } = mountWith(RemovedPairs, { props: { pairs: [removed('p1', 'Wolves'), removed('p2', 'Hawks')] } });
    expect(wrapper.text()).toContain('until you let it back in');
    await wrapper.findAll('[data-testid="readmit-pair"]')[1]!.trigger('click');
    expect(wrapper.emitted('readmit')).toEqual([['p2']]);
  });

  it('shows nothing when no pair was removed', () => {
    const { wrapper } = mountWith(RemovedPairs, { props: { pairs: [] } });
    expect(wrapper.find('[data-testid="removed-pairs"]').exists()).toBe(false);
  });
});
