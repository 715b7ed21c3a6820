import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mountWith } from '../test/mountWith';
import { lazyPanel } from './lazyPanel';

const Panel = defineComponent({ render: () => h('p', { 'data-testid': 'panel' }, 'the panel') });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('lazyPanel', () => {
  it('shows nothing at first, "Loading…" once its chunk is late, then the panel', async () => {
    const chunk = deferred<typeof Panel>();
    const Lazy = lazyPanel(() => chunk.promise);
    const { wrapper } = mountWith({ render: () => h(Lazy) });
    expect(wrapper.find('[data-testid="panel-loading"]').exists()).toBe(false);
    await wait(200);
    expect(wrapper.get('[data-testid="panel-loading"]').text()).toBe('Loading…');
    chunk.resolve(Panel);
    await wait(0);
    await nextTick();
    expect(wrapper.find('[data-testid="panel-loading"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="panel"]').text()).toBe('the panel');
  });

  it('shows the panel without a placeholder when its chunk is already there', async () => {
    const Lazy = lazyPanel(() => Promise.resolve(Panel));
    const { wrapper } = mountWith({ render: () => h(Lazy) });
    await wait(0);
    await nextTick();
    expect(wrapper.get('[data-testid="panel"]').text()).toBe('the panel');
    await wait(200);
    expect(wrapper.find('[data-testid="panel-loading"]').exists()).toBe(false);
  });
});
