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
