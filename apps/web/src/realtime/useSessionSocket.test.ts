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
  disconnects = 0;
  /** Every event sent, with its arguments. */
  sent: Array<{ event: string; args: unknown[] }> = [];
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
        this.sent.push({ event, args });
        await vi.advanceTimersByTimeAsync(40);
        return this.ack(event, args);
      },
    };
  }
  emit(event: string, ...args: unknown[]) {
    this.sent.push({ event, args });
    return this;
  }
  connect() {
    this.connects++;
    return this;
  }
  disconnect() {
    this.disconnects++;
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
    useSessionSocket({ role: 'pair', pairToken: 'x'.repeat(30) }, { socketFactory: () => fake as unknown as TypedSocket }),
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

  it('keeps a command made offline and sends it with its commandId once connected', async () => {
    const { fake, socket, scope } = setup();
    const held: string[] = [];
    const result = socket.send({ type: 'answer.reveal', segmentId: 's' }, { onHeld: (why) => held.push(why) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(held).toEqual(['offline']);
    expect(socket.outbox.value).toEqual({ waiting: 1, held: 'offline' });
    expect(fake.sent.filter((s) => s.event === 'command')).toHaveLength(0);

    fake.connected = true;
    fake.fire('connect');
    expect(await result).toEqual({ ok: true, seq: 7 });
    const commands = fake.sent.filter((s) => s.event === 'command');
    expect(commands).toHaveLength(1);
    const sent = commands[0]!.args[0] as { type: string; commandId: string };
    expect(sent.type).toBe('answer.reveal');
    expect(sent.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(socket.outbox.value).toEqual({ waiting: 0, held: null });

    fake.ack = (event) => (event === 'command' ? 'garbage' : null);
    expect(await socket.send({ type: 'answer.reveal', segmentId: 's' })).toMatchObject({ ok: false, code: 'client/bad-response' });
    scope.stop();
  });

  it('is online again as soon as the network returns and the socket still answers', async () => {
    const { fake, socket, scope } = setup();
    fake.connected = true;
    fake.fire('connect');
    window.dispatchEvent(new Event('offline'));
    expect(socket.state.value).toBe('offline');
    const vote = socket.send({ type: 'answer.reveal', segmentId: 's' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.sent.filter((s) => s.event === 'command')).toHaveLength(0);

    // The socket never noticed the 10 s loss: it is still "connected".
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(100);
    expect(socket.state.value).toBe('online');
    expect(fake.sent.some((s) => s.event === 'view.request')).toBe(true);
    expect(await vote).toEqual({ ok: true, seq: 7 });
    expect(fake.disconnects).toBe(0);
    scope.stop();
  });

  it('replaces a socket that died silently while the network was away', async () => {
    const { fake, socket, scope } = setup();
    fake.connected = true;
    fake.fire('connect');
    window.dispatchEvent(new Event('offline'));
    fake.ack = () => {
      throw new Error('operation has timed out');
    };
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.disconnects).toBe(1);
    expect(fake.connects).toBe(1);
    expect(socket.state.value).toBe('offline');
    scope.stop();
  });

  it('knows which refusals are final', () => {
    expect(isFinalRefusal('auth/unknown-pair')).toBe(true);
    expect(isFinalRefusal('session/not-found')).toBe(true);
    expect(isFinalRefusal('server/error')).toBe(false);
    expect(isFinalRefusal('auth/too-many-connections')).toBe(false);
  });
});
