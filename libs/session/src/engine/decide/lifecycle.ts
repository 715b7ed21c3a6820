import type { CommandOf } from '../../protocol/commands';
import type { SessionEvent } from '../events';
import type { SessionState } from '../state';
import { agendaIndex, findSegment, plannedMs } from '../agenda-index';
import { lookup } from '../records';
import { accept, reject, type DecideResult } from './result';

export function decideSessionStart(state: SessionState, command: CommandOf<'session.start'>, now: number): DecideResult {
  if (state.phase !== 'lobby') return reject('session/wrong-phase', 'The session has already started.');
  const segmentId = command.segmentId ?? agendaIndex(state.agenda).entries[0]?.segment.id;
  if (segmentId === undefined || !findSegment(state.agenda, segmentId)) return reject('session/unknown-segment');
  return accept({ type: 'SessionStarted', at: now }, ...enterSegment(state, segmentId, now));
}

export function decideSessionEnd(state: SessionState, now: number): DecideResult {
  return accept(...closeCurrentPoll(state, now), { type: 'SessionEnded', at: now });
}

export function decideLock(state: SessionState, locked: boolean, now: number): DecideResult {
  if (state.locked === locked) return accept(); // a retried command changes nothing
  return accept(locked ? { type: 'RoomLocked', at: now } : { type: 'RoomUnlocked', at: now });
}

/** Leaving a poll (or ending the session) closes it, so nobody votes on a poll no one sees. */
export function closeCurrentPoll(state: SessionState, now: number): SessionEvent[] {
  const pollId = state.currentSegmentId;
  if (pollId === null) return [];
  return lookup(state.polls, pollId)?.status === 'open' ? [{ type: 'PollClosed', pollId, at: now }] : [];
}

/**
 * Opening a step: with timers set to start on open, its timer runs from this moment
 * (a step without planned time has nothing to count down, so it stays idle).
 */
export function enterSegment(state: SessionState, segmentId: string, now: number): SessionEvent[] {
  const entered: SessionEvent = { type: 'SegmentEntered', segmentId, at: now };
  const entry = findSegment(state.agenda, segmentId);
  const durationMs = entry ? plannedMs(entry.segment) : 0;
  if (state.timerStart !== 'onOpen' || durationMs <= 0) return [entered];
  return [entered, { type: 'TimerStarted', segmentId, timer: { status: 'running', durationMs, endsAt: now + durationMs }, at: now }];
}
