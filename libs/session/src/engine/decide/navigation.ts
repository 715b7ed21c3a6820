import type { CommandOf } from '../../protocol/commands';
import type { SessionState } from '../state';
import { findSegment } from '../agenda-index';
import { closeCurrentPoll, enterSegment } from './lifecycle';
import { requireRunning } from './guards';
import { accept, reject, type DecideResult } from './result';

/** Absolute navigation: the client computes next/previous, so a retry is harmless. */
export function decideGoto(state: SessionState, command: CommandOf<'segment.goto'>, now: number): DecideResult {
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  if (!findSegment(state.agenda, command.segmentId)) return reject('session/unknown-segment');
  if (state.currentSegmentId === command.segmentId) return accept();
  return accept(...closeCurrentPoll(state, now), ...enterSegment(state, command.segmentId, now));
}
