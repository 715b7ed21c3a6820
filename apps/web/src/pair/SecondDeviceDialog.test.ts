import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWith } from '../test/mountWith';
import SecondDeviceDialog from './SecondDeviceDialog.vue';

const members = { mother: 'Ana', son: 'Leo' };

/** The device routes, answered as the API would. */
function serverAnswering(body: unknown, status = 200) {
  const json = (value: unknown, code: number) => Promise.resolve(new Response(JSON.stringify(value), { status: code, headers: { 'content-type': 'application/json' } }));
  // The dialog also asks for the public address its links are built on (no PUBLIC_URL here).
  const fetch = vi.fn((url: string, _init: RequestInit) => (url === '/api/config' ? json({ publicUrl: null, lanUrls: [] }, 200) : json(body, status)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The calls the dialog made to the device routes (not the address lookup). */
const deviceCalls = (fetch: ReturnType<typeof serverAnswering>) => fetch.mock.calls.filter(([url]) => url !== '/api/config');

describe('SecondDeviceDialog', () => {
  beforeEach(() => {
    // jsdom has no modal dialogs; the browser test covers the real one.
    HTMLDialogElement.prototype.showModal = vi.fn();
    HTMLDialogElement.prototype.close = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('on the shared phone: asks who takes the new phone, then shows QR, link and code, and keeps this phone’s next credential', async () => {
    const fetch = serverAnswering({ code: 'K7M2QX9P', role: 'son', expiresAt: 0, keep: { pairToken: 'mother-token', member: 'mother' } }, 201);
    const { wrapper } = mountWith(SecondDeviceDialog, { props: { pairToken: 'shared-token', member: null, members, mergeAsked: [] } });
    expect(wrapper.text()).toContain('Who will use the other phone?');
    await wrapper.get('[data-testid="device-for-son"]').trigger('click');
    await flushPromises();
    const [url, init] = deviceCalls(fetch)[0]!;
    expect(url).toBe('/api/pair-devices/code');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer shared-token' });
    expect(JSON.parse(init.body as string)).toEqual({ role: 'son' });
    expect(wrapper.get('[data-testid="device-code"]').text()).toBe('K7M2-QX9P');
    expect((wrapper.get('[data-testid="device-link"]').element as HTMLInputElement).value).toBe(`${window.location.origin}/join#d=K7M2QX9P`);
    expect(wrapper.text()).toContain('Then this one is Ana’s.');
    expect(wrapper.emitted('pending')).toEqual([[{ pairToken: 'mother-token', member: 'mother' }]]);
  });

  it('on a member’s phone: replaces the other member’s lost phone, or asks to use one phone again', async () => {
    serverAnswering({ merged: false });
    const { wrapper } = mountWith(SecondDeviceDialog, { props: { pairToken: 'ana-token', member: 'mother', members, mergeAsked: ['son'] } });
    expect(wrapper.find('[data-testid="device-for-son"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Leo would like to use one phone again.');
    expect(wrapper.get('[data-testid="device-replace"]').text()).toBe('Replace Leo’s lost phone');
    await wrapper.get('[data-testid="device-merge"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="device-merge-waiting"]').text()).toContain('Waiting for Leo');
    expect(wrapper.emitted('switch')).toBeUndefined();
  });

  it('moves this phone to the shared credential once both asked', async () => {
    serverAnswering({ merged: true, pairToken: 'shared-again' });
    const { wrapper } = mountWith(SecondDeviceDialog, { props: { pairToken: 'leo-token', member: 'son', members, mergeAsked: ['mother'] } });
    await wrapper.get('[data-testid="device-merge"]').trigger('click');
    await flushPromises();
    expect(wrapper.emitted('switch')).toEqual([[{ pairToken: 'shared-again', member: null }]]);
  });

  it('says in words why the server refused', async () => {
    serverAnswering({ code: 'auth/pair-split', message: 'x' }, 401);
    const { wrapper } = mountWith(SecondDeviceDialog, { props: { pairToken: 'old-token', member: null, members, mergeAsked: [] } });
    await wrapper.get('[data-testid="device-for-mother"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('one phone each');
  });
});
