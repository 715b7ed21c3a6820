import type { MemberRole } from '@kindred/content';

export interface FacilitatorActor {
  kind: 'facilitator';
  /** Who acts: the owner, or a co-facilitator. */
  facilitatorId: string;
  /**
   * Set only by the transport, after checking that this account is on the session's
   * team (invited by the owner and not removed); the owner's own actor omits it.
   */
  coFacilitator?: true;
}

/**
 * A pair's device, as its credential says (never as the device says). `member` null:
 * one shared device for both members. `credential` names the credential the device
 * holds (a server-made id, not the token): absent or null is the token the pair got
 * when it joined. The engine accepts a pair's command only from its current credentials.
 */
export interface PairActor {
  kind: 'pair';
  pairId: string;
  member: MemberRole | null;
  credential?: string | null;
}

export interface ProjectorActor {
  kind: 'projector';
}

/** The server itself: the timer scheduler, and the sweep that ends idle sessions. */
export interface SystemActor {
  kind: 'system';
}

export type Actor = FacilitatorActor | PairActor | ProjectorActor | SystemActor;
