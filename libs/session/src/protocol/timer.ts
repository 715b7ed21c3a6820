/**
 * The timer of the current segment. `durationMs` is the full length including
 * adjustments (for a progress ring); a running timer is an absolute `endsAt` so that
 * every device renders the same second from its own clock offset.
 */
export type TimerState =
  | { status: 'idle'; durationMs: number; remainingMs: number }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }
  | { status: 'expired'; durationMs: number; endsAt: number };

/**
 * When a step's timer starts: `onOpen` as the facilitator opens the step, `manual`
 * when the facilitator clicks Start (every step opens "not started").
 */
export const TIMER_START_MODES = ['onOpen', 'manual'] as const;
export type TimerStartMode = (typeof TIMER_START_MODES)[number];
export const DEFAULT_TIMER_START: TimerStartMode = 'manual';

/** Milliseconds left at `now` (server time), never negative. */
export function remainingAt(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
    case 'paused':
      return Math.max(0, timer.remainingMs);
    case 'running':
      return Math.max(0, timer.endsAt - now);
    case 'expired':
      return 0;
    default: {
      const _exhaustive: never = timer;
      return _exhaustive;
    }
  }
}
