import { remainingAt, type TimerState } from '@kindred/session';

/** Whole seconds shown at `serverNow`: rounded up, so "0:00" appears only when time is up. */
export function displaySeconds(timer: TimerState, serverNow: number): number {
  return Math.ceil(remainingAt(timer, serverNow) / 1000);
}

/** "12:05", or "1:02:03" past an hour. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Signed "+2:10" / "−1:05" for ahead/behind figures. */
export function formatSignedClock(totalSeconds: number): string {
  const sign = totalSeconds > 0 ? '+' : totalSeconds < 0 ? '−' : '';
  return sign + formatClock(Math.abs(totalSeconds));
}

/**
 * Milliseconds until the displayed second changes. Ticking exactly on that boundary
 * (rather than every N ms) is what keeps every screen in the room on the same second.
 */
export function msUntilNextTick(timer: TimerState, serverNow: number): number | null {
  if (timer.status !== 'running') return null;
  const remaining = remainingAt(timer, serverNow);
  if (remaining <= 0) return null;
  const intoSecond = remaining % 1000;
  return (intoSecond === 0 ? 1000 : intoSecond) + 1;
}

/** 0..1 of the timer used up, for a progress ring. */
export function elapsedFraction(timer: TimerState, serverNow: number): number {
  if (timer.durationMs <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - remainingAt(timer, serverNow) / timer.durationMs));
}
