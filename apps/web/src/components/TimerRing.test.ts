import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { TimerState } from '@kindred/session';
import { mountWith } from '../test/mountWith';
import TimerRing from './TimerRing.vue';
import { displaySeconds, formatClock, msUntilNextTick } from './timer';

const SERVER_NOW = 1_700_000_000_000;

describe('TimerRing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A device whose clock is `skewMs` off the server's, with the offset it estimated. */
  function deviceShowing(timer: TimerState, skewMs: number) {
    vi.setSystemTime(SERVER_NOW + skewMs);
    const { wrapper } = mountWith(TimerRing, { props: { timer, clockOffsetMs: -skewMs } });
    return wrapper;
  }

  it('shows the same second on devices whose clocks disagree, once each knows its offset', () => {
    const timer: TimerState = { status: 'running', durationMs: 300_000, endsAt: SERVER_NOW + 65_400 };
    const fast = deviceShowing(timer, 4_000);
    const slow = deviceShowing(timer, -2_500);
    const exact = deviceShowing(timer, 0);
    expect(fast.get('[data-testid="timer-clock"]').text()).toBe('1:06');
    expect(slow.get('[data-testid="timer-clock"]').text()).toBe('1:06');
    expect(exact.get('[data-testid="timer-clock"]').text()).toBe('1:06');
  });

  it('ignoring the offset would show a different second (the reason the offset exists)', () => {
    const timer: TimerState = { status: 'running', durationMs: 300_000, endsAt: SERVER_NOW + 65_400 };
    vi.setSystemTime(SERVER_NOW + 4_000);
    const { wrapper } = mountWith(TimerRing, { props: { timer, clockOffsetMs: 0 } });
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('1:02');
  });

  it('ticks exactly when the remaining second changes', async () => {
    const timer: TimerState = { status: 'running', durationMs: 300_000, endsAt: SERVER_NOW + 65_400 };
    const wrapper = deviceShowing(timer, 1_000);
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('1:06');
    await vi.advanceTimersByTimeAsync(390);
    await nextTick();
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('1:06');
    await vi.advanceTimersByTimeAsync(15);
    await nextTick();
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('1:05');
  });

  it('shows a paused timer frozen, with its state', () => {
    vi.setSystemTime(SERVER_NOW);
    const { wrapper } = mountWith(TimerRing, { props: { timer: { status: 'paused', durationMs: 300_000, remainingMs: 90_000 }, clockOffsetMs: 0 } });
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('1:30');
    expect(wrapper.text()).toContain('Paused');
  });

  it('shows 0:00 and "Time’s up" once expired', () => {
    vi.setSystemTime(SERVER_NOW);
    const { wrapper } = mountWith(TimerRing, { props: { timer: { status: 'expired', durationMs: 60_000, endsAt: SERVER_NOW - 5 }, clockOffsetMs: 0 } });
    expect(wrapper.get('[data-testid="timer-clock"]').text()).toBe('0:00');
    expect(wrapper.text()).toContain('Time’s up');
  });
});

describe('timer helpers', () => {
  it('rounds remaining time up to whole seconds', () => {
    const timer: TimerState = { status: 'running', durationMs: 10_000, endsAt: 10_000 };
    expect(displaySeconds(timer, 0)).toBe(10);
    expect(displaySeconds(timer, 1)).toBe(10);
    expect(displaySeconds(timer, 1_000)).toBe(9);
    expect(displaySeconds(timer, 20_000)).toBe(0);
  });

  it('formats minutes and hours', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3_725)).toBe('1:02:05');
  });

  it('schedules the next tick at the second boundary, and none when not running', () => {
    const running: TimerState = { status: 'running', durationMs: 10_000, endsAt: 10_000 };
    expect(msUntilNextTick(running, 9_250)).toBe(751);
    expect(msUntilNextTick(running, 9_000)).toBe(1_001);
    expect(msUntilNextTick({ status: 'paused', durationMs: 1, remainingMs: 1 }, 0)).toBeNull();
  });
});
