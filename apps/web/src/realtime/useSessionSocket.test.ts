import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { TypedSocket } from './useSessionSocket';
import { isFinalRefusal, useSessionSocket } from './useSessionSocket';

type Listener = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket to drive the composable. */
class FakeSocket {
  connected = false;
  active = true;
  listeners = new Map<string, Listener[]>();
  connects = 0;
  /** The server's clock is 5 s ahead; each round trip takes 40 ms. */
  ack: (event: string, args: unknown[]) => unknown = (event, args) =>
    event === 'clock.sync' ? { clientSentAt: args[0], serverNow: (args[0] as number) + 5_020 } : { ok: true, seq: 7 };

  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  timeout() {
    return {
      emitWithAck: async (event: string, ...args: unknown[]) => {
        await vi.advanceTimersByTimeAsync(40);
        return this.ack(event, args);
      },
    };
  }
  emit() {
    return this;
  }
  connect() {
    this.connects++;
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
}

function setup() {
  const fake = new FakeSocket();
  const scope = effectScope();
  const socket = scope.run(() =>
    useSessionSocket({ role: 'pair', pairToken: 'x'.repeat(30), member: null }, { socketFactory: () => fake as unknown as TypedSocket }),
  )!;
  return { fake, socket, scope };
}

describe('useSessionSocket', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('goes online, estimates the server clock offset, and goes offline on a lost connection', async () => {
    const { fake, socket, scope } = setup();
    expect(socket.state.value).toBe('connecting');
    fake.connected = true;
    fake.fire('connect');
    expect(socket.state.value).toBe('online');
    await vi.advanceTimersByTimeAsync(500);
    expect(socket.clockOffsetMs.value).toBe(5_000);
    fake.connected = false;
    fake.fire('disconnect', 'transport close');
    expect(socket.state.value).toBe('offline');
    scope.stop();
  });

  it('stops on a refusal about who the device is, and says why', () => {
    const { fake, socket, scope } = setup();
    fake.active = false;
    fake.fire('connect_error', Object.assign(new Error('nope'), { data: { code: 'auth/pair-removed', message: 'Removed.' } }));
    expect(socket.state.value).toBe('refused');
    expect(socket.refusal.value).toEqual({ code: 'auth/pair-removed', message: 'Removed.' });
    scope.stop();
  });

  it('keeps trying after a passing refusal such as a rate limit', async () => {
    const { fake, socket, scope } = setup();
    fake.active = false;
    fake.fire('connect_error', Object.assign(new Error('slow down'), { data: { code: 'request/rate-limited', message: 'Wait.' } }));
    expect(socket.state.value).toBe('offline');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fake.connects).toBe(1);
    scope.stop();
  });

  it('reconnects after the server closes the socket', async () => {
    const { fake, scope } = setup();
    fake.connected = true;
    fake.fire('connect');
    fake.connected = false;
    fake.fire('disconnect', 'io server disconnect');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fake.connects).toBe(1);
    scope.stop();
  });

  it('sends commands only while connected, and checks the ack', async () => {
    const { fake, socket, scope } = setup();
    expect(await socket.send({ type: 'answer.reveal', segmentId: 's' })).toMatchObject({ ok: false, code: 'client/offline' });
    fake.connected = true;
    expect(await socket.send({ type: 'answer.reveal', segmentId: 's' })).toEqual({ ok: true, seq: 7 });
    fake.ack = () => 'garbage';
    expect(await socket.send({ type: 'answer.reveal', segmentId: 's' })).toMatchObject({ ok: false, code: 'client/bad-response' });
    scope.stop();
  });

  it('knows which refusals are final', () => {
    expect(isFinalRefusal('auth/unknown-pair')).toBe(true);
    expect(isFinalRefusal('session/not-found')).toBe(true);
    expect(isFinalRefusal('server/error')).toBe(false);
    expect(isFinalRefusal('auth/too-many-connections')).toBe(false);
  });
});
