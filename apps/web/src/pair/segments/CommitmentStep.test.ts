import { describe, expect, it } from 'vitest';
import type { CommitmentSegment } from '@kindred/content';
import { aCommitment } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import CommitmentStep from './CommitmentStep.vue';

const segment = aCommitment() as CommitmentSegment;

describe('CommitmentStep', () => {
  it('fills the editor from an example and saves the trimmed text', async () => {
    const { wrapper, send } = mountWith(CommitmentStep, { props: { segment, commitment: null } });
    await wrapper.get('.example').trigger('click');
    expect((wrapper.get('[data-testid="commitment-text"]').element as HTMLTextAreaElement).value).toBe('Eat one dinner without phones.');
    await wrapper.get('form').trigger('submit');
    expect(send).toHaveBeenCalledWith({ type: 'commitment.save', segmentId: segment.id, text: 'Eat one dinner without phones.' }, expect.anything());
  });

  it('shows a saved commitment with a way to edit it', async () => {
    const { wrapper } = mountWith(CommitmentStep, { props: { segment, commitment: { segmentId: segment.id, text: 'Walk the dog together', savedAt: 1 } } });
    expect(wrapper.get('[data-testid="commitment-saved"]').text()).toBe('Walk the dog together');
    await wrapper.get('button.btn-secondary').trigger('click');
    expect((wrapper.get('[data-testid="commitment-text"]').element as HTMLTextAreaElement).value).toBe('Walk the dog together');
  });
});
