import type { FacilitatorRoomFrame, FacilitatorViewFrame } from '../protocol/views';

/**
 * What a console makes of a `view.facilitatorRoom` (decision 50), given the view it
 * holds: the new view (the frame with the held `pairs`), `stale` (an older seq or
 * another session: keep what is held) or `unknown-roster` (the frame's pairs are not
 * the held ones: ask for the whole view with `view.request`).
 */
export function mergeRoomFrame(held: FacilitatorViewFrame | null, frame: FacilitatorRoomFrame): FacilitatorViewFrame | 'stale' | 'unknown-roster' {
  if (held !== null && held.sessionId === frame.sessionId && frame.seq < held.seq) return 'stale';
  if (held === null || held.sessionId !== frame.sessionId || held.rosterId !== frame.rosterId) return 'unknown-roster';
  return { ...frame, pairs: held.pairs };
}
