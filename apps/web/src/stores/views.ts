import type { PublicView, SessionEndedNotice } from '@kindred/session';

/**
 * Views carry the session's `seq`. A vote changes counts without changing `seq`, so a
 * view with the same `seq` is newer too; only a lower one is stale (a late delivery).
 */
export function isFresh(incoming: { seq: number }, current: { seq: number } | null): boolean {
  return current === null || incoming.seq >= current.seq;
}

/**
 * The phase a screen shows. The server's `session.ended` notice is final: a phone or
 * projector shows the ending at once, even before (or without) the public view that
 * says so, and a late view cannot bring the session back.
 */
export function shownPhase(view: PublicView | null, ended: SessionEndedNotice | null): PublicView['phase'] | null {
  return ended ? 'ended' : (view?.phase ?? null);
}
