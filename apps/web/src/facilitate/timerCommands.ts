import type { CommandInput, TimerState } from '@kindred/session';

export const ONE_MINUTE_MS = 60_000;

/** The one button (and the T key) that moves the timer forward from whatever state it is in. */
export function timerToggleCommand(timer: TimerState, segmentId: string): CommandInput {
  switch (timer.status) {
    case 'idle':
      return { type: 'timer.start', segmentId };
    case 'running':
      return { type: 'timer.pause', segmentId };
    case 'paused':
      return { type: 'timer.resume', segmentId };
    case 'expired':
      // After the bell, "one more minute" restarts the countdown.
      return { type: 'timer.adjust', segmentId, deltaMs: ONE_MINUTE_MS };
    default: {
      const _exhaustive: never = timer;
      return _exhaustive;
    }
  }
}
