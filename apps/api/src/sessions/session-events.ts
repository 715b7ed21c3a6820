import { Injectable } from '@nestjs/common';
import type { Actor, Rejection, SessionState } from '@kindred/session';

/**
 * What listeners of the session service may read of a live session. The object is the
 * service's cache entry: `state` moves on as commands land, so a listener that sends
 * later (coalesced counts) sends the latest state.
 */
export interface LiveSessionReadModel {
  readonly id: string;
  /** The session's own name ("Tuesday evening at Hillside"), as devices show it. */
  readonly title: string;
  readonly state: SessionState;
  /** Null once the session is archived: ballots can no longer be tied to anyone. */
  readonly ballotSecret: Buffer | null;
}

/** Who must hear about a change. */
export type ChangeScope =
  | { kind: 'all' }
  /** Only the views every device of the session shares (public, facilitator): after a takeover. */
  | { kind: 'shared' }
  /** A pair's own command: the public and facilitator views, and that pair's private view. */
  | { kind: 'pair'; pairId: string }
  /** A vote: the voter's own view now, counts for everyone coalesced. */
  | { kind: 'ballot'; pairId: string | null; sendCounts: boolean }
  /**
   * Everything, to this process's own devices only: it read the change from PostgreSQL
   * while Redis was away (every process does the same for its own devices).
   */
  | { kind: 'resync' };

/** What the session service tells the rest of the API; it never calls a listener by name. */
export type SessionDomainEvent =
  /** `before`: the state the change started from, when known (lets listeners send only what changed). */
  | { type: 'session.changed'; session: LiveSessionReadModel; scope: ChangeScope; before?: SessionState }
  /** A pair was removed: its devices must be cut off at once, on every process. */
  | { type: 'pair.removed'; sessionId: string; pairId: string; actor: Actor }
  /** The owner took a co-facilitator off the session's team: their consoles must go, on every process. */
  | { type: 'facilitator.removed'; sessionId: string; facilitatorId: string }
  /** The owner deleted an ended session: every device still looking at it must go. */
  | { type: 'session.deleted'; sessionId: string }
  /** A new projector link replaced the old one: projectors on the old link must go. */
  | { type: 'projector.relinked'; sessionId: string }
  /** An ended session left the cache: listeners drop what they keep for it. */
  | { type: 'session.released'; session: LiveSessionReadModel }
  /** Published right after the `session.changed` that ended it, by the process that ended it. */
  | { type: 'session.ended'; session: LiveSessionReadModel; endedAt: number; seq: number; actor: Actor }
  /**
   * Pair credentials that stopped working (a split, a replaced phone, a merge): devices
   * holding them must be told why and cut off. `null` is the pair's join token.
   */
  | { type: 'devices.revoked'; session: LiveSessionReadModel; pairId: string; credentials: readonly (string | null)[]; notice: Rejection };

export type SessionEventListener = (event: SessionDomainEvent) => void;

/**
 * The session service's outbox, in process: it publishes, the realtime layer (and any
 * later listener: metrics, audit) subscribes. Delivery is synchronous, in subscription
 * order; a throwing listener is isolated so it cannot fail the command that changed
 * the session (the change is already committed).
 */
@Injectable()
export class SessionEventBus {
  private readonly listeners = new Set<SessionEventListener>();
  private onListenerError: (error: unknown, event: SessionDomainEvent) => void = () => undefined;

  subscribe(listener: SessionEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Where a listener's failure is reported (the service wires its logger). */
  reportErrorsTo(report: (error: unknown, event: SessionDomainEvent) => void): void {
    this.onListenerError = report;
  }

  publish(event: SessionDomainEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }
}
