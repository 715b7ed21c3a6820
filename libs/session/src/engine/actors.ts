import type { MemberRole } from '@kindred/content';

export interface FacilitatorActor {
  kind: 'facilitator';
  facilitatorId: string;
}

/** `member` null: one shared device for both members. */
export interface PairActor {
  kind: 'pair';
  pairId: string;
  member: MemberRole | null;
}

export interface ProjectorActor {
  kind: 'projector';
}

/** The server itself: the timer scheduler, and the sweep that ends idle sessions. */
export interface SystemActor {
  kind: 'system';
}

export type Actor = FacilitatorActor | PairActor | ProjectorActor | SystemActor;
