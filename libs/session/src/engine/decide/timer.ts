import type { CommandOf } from '../../protocol/commands';
import type { TimerState } from '../../protocol/timer';
import type { SessionEvent, TimerEvent } from '../events';
import type { SessionState } from '../state';
import { findSegment, plannedMs } from '../agenda-index';
import { requireCurrent, requireRunning } from './guards';
import { accept, reject, type DecideResult } from './result';

type TimerCommand = CommandOf<'timer.start' | 'timer.pause' | 'timer.resume' | 'timer.adjust' | 'timer.reset' | 'timer.expire'>;

/** Timer commands name their segment so a retry after navigating can't touch the next segment's timer. */
export function decideTimer(state: SessionState, command: TimerCommand, now: number): DecideResult {
  const refused = requireRunning(state) ?? requireCurrent(state, command.segmentId);
  if (refused) return refused;
  const { segmentId } = command;
  const timer = state.timer;
  switch (command.type) {
    case 'timer.start':
      if (timer.status !== 'idle') return reject('timer/already-started');
      return runFrom(segmentId, 'TimerStarted', timer.durationMs, timer.remainingMs, now);
    case 'timer.resume':
      if (timer.status !== 'paused') return reject('timer/not-paused');
      return runFrom(segmentId, 'TimerResumed', timer.durationMs, timer.remainingMs, now);
    case 'timer.pause':
      if (timer.status !== 'running') return reject('timer/not-running');
      // Already due: the expiry simply has not been delivered yet.
      if (now >= timer.endsAt) return accept(expired(segmentId, timer.durationMs, timer.endsAt, now));
      return accept({ type: 'TimerPaused', segmentId, timer: { status: 'paused', durationMs: timer.durationMs, remainingMs: timer.endsAt - now }, at: now });
    case 'timer.adjust':
      return adjust(segmentId, timer, command.deltaMs, now);
    case 'timer.reset': {
      const entry = findSegment(state.agenda, segmentId);
      const durationMs = entry ? plannedMs(entry.segment) : 0;
      return accept({ type: 'TimerReset', segmentId, timer: { status: 'idle', durationMs, remainingMs: durationMs }, at: now });
    }
    case 'timer.expire':
      if (timer.status !== 'running') return reject('timer/not-running');
      if (now < timer.endsAt) return reject('timer/not-due');
      return accept(expired(segmentId, timer.durationMs, timer.endsAt, now));
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

function runFrom(segmentId: string, type: 'TimerStarted' | 'TimerResumed', durationMs: number, remainingMs: number, now: number): DecideResult {
  const endsAt = now + Math.max(0, remainingMs);
  const events: SessionEvent[] = [{ type, segmentId, timer: { status: 'running', durationMs, endsAt }, at: now }];
  if (endsAt <= now) events.push(expired(segmentId, durationMs, endsAt, now));
  return accept(...events);
}

/** Adding or removing time keeps `remainingMs` at zero or more; running out by adjustment expires at once. */
function adjust(segmentId: string, timer: TimerState, deltaMs: number, now: number): DecideResult {
  const durationMs = Math.max(0, timer.durationMs + deltaMs);
  let next: TimerState;
  switch (timer.status) {
    case 'idle':
    case 'paused': {
      const remainingMs = Math.max(0, timer.remainingMs + deltaMs);
      next = { status: timer.status, durationMs: Math.max(durationMs, remainingMs), remainingMs };
      break;
    }
    case 'running':
      if (now >= timer.endsAt) {
        // Due but the expiry is not delivered yet: the room saw 0:00, so treat it as expired.
        if (deltaMs < 0) return accept(expired(segmentId, timer.durationMs, timer.endsAt, now));
        next = { status: 'running', durationMs, endsAt: now + deltaMs };
        break;
      }
      next = { status: 'running', durationMs, endsAt: timer.endsAt + deltaMs };
      break;
    case 'expired':
      // "One more minute" after the bell: adding time restarts the countdown.
      if (deltaMs < 0) return reject('timer/not-running');
      next = { status: 'running', durationMs, endsAt: now + deltaMs };
      break;
    default: {
      const _exhaustive: never = timer;
      return _exhaustive;
    }
  }
  const events: TimerEvent[] = [{ type: 'TimerAdjusted', segmentId, deltaMs, timer: next, at: now }];
  if (next.status === 'running' && next.endsAt <= now) events.push(expired(segmentId, next.durationMs, next.endsAt, now));
  return accept(...events);
}

function expired(segmentId: string, durationMs: number, endsAt: number, now: number): TimerEvent {
  return { type: 'TimerExpired', segmentId, timer: { status: 'expired', durationMs, endsAt: Math.min(endsAt, now) }, at: now };
}
