import { describe, expect, it } from 'vitest';
import { mountWith } from '../test/mountWith';
import PairEnded from './PairEnded.vue';

describe('PairEnded', () => {
  it('lets the pair share its handout with the facilitator from its own phone', async () => {
    const { wrapper, send } = mountWith(PairEnded, { props: { handoutHref: '/handout/p#t=x', shared: false } });
    expect(wrapper.get('[data-testid="share-handout"]').text()).toContain('The facilitator’s copy of your handout has only the shared parts');
    await wrapper.get('[data-testid="share-handout-toggle"]').trigger('click');
    expect(send).toHaveBeenCalledWith({ type: 'handout.share', shared: true }, expect.anything());
  });

  it('lets a pair that shared stop sharing', async () => {
    const { wrapper, send } = mountWith(PairEnded, { props: { handoutHref: null, shared: true } });
    const toggle = wrapper.get('[data-testid="share-handout-toggle"]');
    expect(toggle.text()).toBe('Stop sharing');
    await toggle.trigger('click');
    expect(send).toHaveBeenCalledWith({ type: 'handout.share', shared: false }, expect.anything());
  });

  it('says why when the server refuses', async () => {
    const { wrapper } = mountWith(PairEnded, { props: { handoutHref: null, shared: false } }, { reply: () => ({ ok: false, code: 'auth/pair-removed', message: 'x' }) });
    await wrapper.get('[data-testid="share-handout-toggle"]').trigger('click');
    await new Promise((r) => setTimeout(r, 0));
    expect(wrapper.get('[role="alert"]').text()).toBe('The facilitator removed your pair from the session.');
  });
});
