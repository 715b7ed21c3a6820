import { hash } from 'node:crypto';
import type { SessionState } from '@kindred/session';

/**
 * What each private room was last sent, so a change that leaves a pair's view as it was
 * sends that pair nothing (a timer nudge, a step between two talk segments, another
 * pair's answer). Devices keep the view with the highest seq, so an older seq on an
 * unchanged view is fine.
 *
 * The memory is tied to the state it describes: it is used only when the change started
 * from exactly that state object. After anything else moved the state (another process's
 * change caught up, a takeover, a rebuilt cache) the broadcaster renders the views of the
 * state before the change instead, so it never trusts a stale memory.
 *
 * Digests (20 bytes) rather than the JSON (1–2 KB per pair), so memory grows slowly with rooms.
 */
export class SentViews {
  private readonly bySession = new Map<string, { state: SessionState; digests: Map<string, string> }>();

  /** A view's content without its seq, as a digest: equal digests mean equal views to the device. */
  static digest(view: { seq: number }): string {
    return SentViews.digestOf(SentViews.contentOf(view, JSON.stringify(view)));
  }

  /**
   * The part of a view's JSON that isn't its seq. Views put `seq` first, so that is the
   * JSON after `{"seq":N,`: no second serialization. A view that doesn't start that way
   * is serialized again with `seq: 0` (always, for a given shape, so digests stay comparable).
   */
  static contentOf(view: { seq: number }, json: string): string {
    const prefix = `{"seq":${view.seq},`;
    return json.startsWith(prefix) ? json.slice(prefix.length) : JSON.stringify({ ...view, seq: 0 });
  }

  /** The digest of a view's content (`contentOf`). */
  static digestOf(content: string): string {
    return hash('sha1', content, 'base64');
  }

  /** The memory, if it describes `state`; otherwise null (and a fresh one starts with the next `remember`). */
  of(sessionId: string, state: SessionState | undefined): Map<string, string> | null {
    const entry = this.bySession.get(sessionId);
    return entry && state !== undefined && entry.state === state ? entry.digests : null;
  }

  /** After a flush: `digests` (updated for the rooms just rendered) now describe `state`. */
  remember(sessionId: string, state: SessionState, digests: Map<string, string>): void {
    this.bySession.set(sessionId, { state, digests });
  }

  /**
   * Every pair's view of `to` equals its view of `from` but for the seq (the engine's
   * `pairViewsMayDiffer` said so): the memory of `from` describes `to` as well. False when
   * there is no memory of `from` (nothing to carry; the caller renders instead).
   */
  carryOver(sessionId: string, from: SessionState, to: SessionState): boolean {
    const entry = this.bySession.get(sessionId);
    if (!entry || entry.state !== from) return false;
    if (to.phase === 'ended') this.bySession.delete(sessionId);
    else this.bySession.set(sessionId, { state: to, digests: entry.digests });
    return true;
  }

  forget(sessionId: string): void {
    this.bySession.delete(sessionId);
  }

  get sessionIds(): Iterable<string> {
    return this.bySession.keys();
  }
}
