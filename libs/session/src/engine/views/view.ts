import type { MemberRole } from '@kindred/content';
import type { FacilitatorView, PairView, PublicView } from '../../protocol/views';
import type { SessionState } from '../state';
import type { PairVoterKey } from '../voters';
import { facilitatorView } from './facilitator-view';
import { pairView } from './pair-view';
import { publicView } from './public-view';

export interface PublicAudience {
  /** The projector and every pair receive the same public view. */
  kind: 'public' | 'projector';
}

export interface FacilitatorAudience {
  kind: 'facilitator';
}

export interface PairAudience {
  kind: 'pair';
  pairId: string;
  /** null: the pair-level view (shared device); a role: that member's own device. */
  member: MemberRole | null;
  /** The pair's voter keys for the current poll (see `pairVoterIdentities`), to show its own ballot. */
  voterKeys?: readonly PairVoterKey[];
}

export type Audience = PublicAudience | FacilitatorAudience | PairAudience;

/** This is the privacy boundary: each audience gets only what it may see. */
export function view(state: SessionState, audience: PublicAudience): PublicView;
export function view(state: SessionState, audience: FacilitatorAudience): FacilitatorView;
/** null when the pair is not in the session. */
export function view(state: SessionState, audience: PairAudience): PairView | null;
export function view(state: SessionState, audience: Audience): PublicView | FacilitatorView | PairView | null;
export function view(state: SessionState, audience: Audience): PublicView | FacilitatorView | PairView | null {
  switch (audience.kind) {
    case 'public':
    case 'projector':
      return publicView(state);
    case 'facilitator':
      return facilitatorView(state);
    case 'pair':
      return pairView(state, audience.pairId, audience.member, audience.voterKeys);
    default: {
      const _exhaustive: never = audience;
      return _exhaustive;
    }
  }
}
