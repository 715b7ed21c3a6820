import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { MemberRole } from '@kindred/content';
import {
  getPair,
  MEMBER_ROLES,
  pairsInJoinOrder,
  pairVoterIdentities,
  view,
  voterKeyMaterial,
  type PairVoterKey,
  type Rejection,
  type ServerToClientEvents,
} from '@kindred/session';
import type { Server } from 'socket.io';
import { hmacVoterKey } from '../security/tokens';
import { SessionEventBus, type ChangeScope, type LiveSessionReadModel, type SessionDomainEvent } from '../sessions/session-events';
import { rooms } from './rooms';

type LiveSession = LiveSessionReadModel;

/** Vote-driven count updates go out at most this often per session. */
export const BALLOT_COALESCE_MS = 250;
export const FACILITATOR_VIEW_INTERVAL_MS = 200;

type IoServer = Server<Record<string, never>, ServerToClientEvents>;

/**
 * Turns the session service's `session.changed` events into socket.io emits. The
 * public view is serialized once per change for the whole session room; private views
 * go only to their pair's rooms; bursts of votes are coalesced into a few count
 * updates a second.
 */
@Injectable()
export class SessionBroadcaster implements OnModuleInit, OnModuleDestroy {
  private io: IoServer | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly pendingCounts = new Map<string, NodeJS.Timeout>();
  private readonly facilitatorThrottle = new Map<string, { lastAt: number; timer: NodeJS.Timeout | null }>();

  private clustered = false;
  /** Set while re-sending views from PostgreSQL during a Redis outage: to this process's sockets only. */
  private localOnly = false;

  constructor(private readonly events: SessionEventBus) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => this.on(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    for (const timer of this.pendingCounts.values()) clearTimeout(timer);
    for (const throttle of this.facilitatorThrottle.values()) if (throttle.timer) clearTimeout(throttle.timer);
  }

  private on(event: SessionDomainEvent): void {
    switch (event.type) {
      case 'session.changed':
        return this.changed(event.session, event.scope);
      case 'pair.removed':
        return this.revokePair(event.sessionId, event.pairId);
      case 'projector.relinked':
        return this.revokeProjectors(event.sessionId);
      case 'facilitator.removed':
        // Through the Redis adapter this reaches the removed facilitator's consoles on every process.
        this.io?.in(rooms.sessionFacilitator(event.sessionId, event.facilitatorId)).disconnectSockets(true);
        return;
      case 'session.deleted':
        this.io?.in(rooms.session(event.sessionId)).disconnectSockets(true);
        return;
      case 'session.released':
        return this.forget(event.session);
      case 'session.ended':
        this.io?.to(rooms.session(event.session.id)).emit('session.ended', { sessionId: event.session.id, endedAt: event.endedAt, seq: event.seq });
        return;
      case 'devices.revoked':
        return this.revoke(event.session, event.pairId, event.credentials, event.notice);
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  }

  attach(io: IoServer, clustered: boolean): void {
    this.io = io;
    this.clustered = clustered;
  }

  private changed(live: LiveSession, scope: ChangeScope): void {
    if (!this.io) return;
    switch (scope.kind) {
      case 'all':
        this.cancelPendingCounts(live.id);
        this.sendShared(live);
        for (const pair of pairsInJoinOrder(live.state)) this.sendPair(live, pair.pairId);
        break;
      case 'shared':
        this.sendShared(live);
        break;
      case 'pair':
        this.cancelPendingCounts(live.id);
        this.sendShared(live);
        this.sendPair(live, scope.pairId);
        break;
      case 'ballot':
        if (scope.pairId) this.sendPair(live, scope.pairId);
        if (scope.sendCounts) this.scheduleCounts(live);
        break;
      case 'resync':
        this.resendLocally(live);
        break;
      default: {
        const _exhaustive: never = scope;
        return _exhaustive;
      }
    }
  }

  /**
   * Every view of the session to this process's own sockets, not through Redis: while
   * Redis is away each process keeps its devices current from PostgreSQL.
   */
  private resendLocally(live: LiveSession): void {
    this.localOnly = true;
    try {
      this.changed(live, { kind: 'all' });
    } finally {
      this.localOnly = false;
    }
  }

  private to(room: string) {
    return this.localOnly ? this.io!.local.to(room) : this.io!.to(room);
  }

  /** Public view to everyone in the session, facilitator view to the console. */
  private sendShared(live: LiveSession): void {
    if (!this.io) return;
    this.to(rooms.session(live.id)).emit('view.public', view(live.state, { kind: 'public' }));
    this.sendFacilitator(live);
  }

  /**
   * The console's view lists every pair (hundreds of KB at 1,000 pairs), so during a
   * burst of joins or answers it goes out at most every FACILITATOR_VIEW_INTERVAL_MS:
   * the first change at once, the latest state at the end of the interval.
   */
  private sendFacilitator(live: LiveSession): void {
    const throttle = this.facilitatorThrottle.get(live.id) ?? { lastAt: 0, timer: null };
    this.facilitatorThrottle.set(live.id, throttle);
    if (throttle.timer) return;
    const emit = () => {
      throttle.lastAt = Date.now();
      this.io?.to(rooms.facilitators(live.id)).emit('view.facilitator', view(live.state, { kind: 'facilitator' }));
    };
    const wait = throttle.lastAt + FACILITATOR_VIEW_INTERVAL_MS - Date.now();
    if (wait <= 0) return emit();
    throttle.timer = setTimeout(() => {
      throttle.timer = null;
      emit();
    }, wait);
    throttle.timer.unref?.();
  }

  /** A pair's view to its shared devices, and each member's own view to that member's device. */
  private sendPair(live: LiveSession, pairId: string): void {
    if (!this.io) return;
    // Only the devices the pair has now: a split pair has no shared device, a shared one no member devices.
    const split = getPair(live.state, pairId)?.devices.mode === 'split';
    const pairRoom = rooms.pair(live.id, pairId);
    if (!split && this.mayHaveSockets(pairRoom)) {
      const shared = view(live.state, { kind: 'pair', pairId, member: null, voterKeys: this.voterKeysOf(live, pairId, null) });
      if (shared) this.to(pairRoom).emit('view.pair', shared);
    }
    for (const role of split ? MEMBER_ROLES : []) {
      const room = rooms.member(live.id, pairId, role);
      if (!this.mayHaveSockets(room)) continue;
      const own = view(live.state, { kind: 'pair', pairId, member: role, voterKeys: this.voterKeysOf(live, pairId, role) });
      if (own) this.to(room).emit('view.member', own);
    }
  }

  /**
   * socket.io serializes a packet before it looks up the room, so views for rooms with
   * nobody in them (most pairs have no member devices) cost real time at 1,000 pairs.
   * With one process the local rooms are all there is; with several we can't tell.
   */
  private mayHaveSockets(room: string): boolean {
    return (this.clustered && !this.localOnly) || (this.io?.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  /**
   * Credentials that stopped working (a split, a replaced phone, a merge): their devices
   * are told why and disconnected, on every process (the adapter carries both).
   */
  private revoke(live: LiveSession, pairId: string, credentials: readonly (string | null)[], notice: Rejection): void {
    if (!this.io) return;
    for (const credential of credentials) {
      const room = rooms.credential(live.id, pairId, credential);
      this.io.to(room).emit('device.revoked', notice);
      this.io.in(room).disconnectSockets(true);
    }
  }

  /** The voter keys a device votes under in the current poll, so its view can say "your vote is in". */
  voterKeysOf(live: LiveSession, pairId: string, member: MemberRole | null): PairVoterKey[] {
    const secret = live.ballotSecret;
    if (!secret) return [];
    return pairVoterIdentities(live.state, pairId, member).map((identity) => ({
      pollId: identity.pollId,
      role: identity.role,
      voterKey: hmacVoterKey(secret, voterKeyMaterial(identity)),
    }));
  }

  /**
   * A removed pair's devices are cut off at once, on every process (socket.io's
   * `disconnectSockets` goes through the Redis adapter). They learn why when they try
   * to reconnect: the handshake refuses them with `auth/pair-removed`.
   */
  revokePair(sessionId: string, pairId: string): void {
    this.io?.in(rooms.pairAll(sessionId, pairId)).disconnectSockets(true);
  }

  /** A new projector link ends every projector on the old one, on every process. */
  revokeProjectors(sessionId: string): void {
    this.io?.in(rooms.projectors(sessionId)).disconnectSockets(true);
  }

  /**
   * Drops what this broadcaster keeps for an ended session (its throttles), so memory
   * stays bounded. A console view still held back by the throttle goes out now.
   */
  forget(live: LiveSession): void {
    this.cancelPendingCounts(live.id);
    const throttle = this.facilitatorThrottle.get(live.id);
    this.facilitatorThrottle.delete(live.id);
    if (throttle?.timer) {
      clearTimeout(throttle.timer);
      this.io?.to(rooms.facilitators(live.id)).emit('view.facilitator', view(live.state, { kind: 'facilitator' }));
    }
  }

  /** Sessions with throttle or coalescing state in memory (for the memory test). */
  get trackedSessionCount(): number {
    return new Set([...this.pendingCounts.keys(), ...this.facilitatorThrottle.keys()]).size;
  }

  private scheduleCounts(live: LiveSession): void {
    if (this.pendingCounts.has(live.id)) return;
    const timer = setTimeout(() => {
      this.pendingCounts.delete(live.id);
      this.sendShared(live);
    }, BALLOT_COALESCE_MS);
    timer.unref?.();
    this.pendingCounts.set(live.id, timer);
  }

  private cancelPendingCounts(sessionId: string): void {
    const timer = this.pendingCounts.get(sessionId);
    if (timer) clearTimeout(timer);
    this.pendingCounts.delete(sessionId);
  }
}
