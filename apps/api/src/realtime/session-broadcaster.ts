import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { MemberRole } from '@kindred/content';
import {
  getPair,
  MEMBER_ROLES,
  pairsInJoinOrder,
  pairViewsMayDiffer,
  pairVoterIdentities,
  view,
  voterKeyMaterial,
  type PairView,
  type PublicView,
  type PairVoterKey,
  type Rejection,
  type ServerToClientEvents,
  type SessionState,
  type ViewUpdate,
} from '@kindred/session';
import type { Server } from 'socket.io';
import { JsonLogger } from '../logging/json-logger';
import { hmacVoterKey } from '../security/tokens';
import { SessionEventBus, type ChangeScope, type LiveSessionReadModel, type SessionDomainEvent } from '../sessions/session-events';
import { consoleFrames } from './console-frames';
import { rooms } from './rooms';
import { SentViews } from './sent-views';
import { withJson } from './wire-encoder';

type LiveSession = LiveSessionReadModel;

/** Vote-driven count updates go out at most this often per session. */
export const BALLOT_COALESCE_MS = 250;
export const FACILITATOR_VIEW_INTERVAL_MS = 200;

type IoServer = Server<Record<string, never>, ServerToClientEvents>;

/** One private view to send, already serialized, and the rooms it goes to (equal views share one). */
interface OwnViews {
  event: 'view.pair' | 'view.member';
  payload: PairView;
  json: string;
  rooms: string[];
}

/**
 * A change's views for every process (decision 48): the public view's JSON and each group
 * of private rooms with its view's JSON. Private views travel between our own processes
 * only, as before (the Redis adapter carried them too), and each process writes a view
 * only to its own sockets in that view's rooms.
 */
interface ViewsMessage {
  sessionId: string;
  publicJson: string;
  own: [rooms: string[], json: string][];
}

const VIEWS_MESSAGE = 'kindred:views';

function isViewsMessage(value: unknown): value is ViewsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { sessionId, publicJson, own } = value as Record<string, unknown>;
  return (
    typeof sessionId === 'string' &&
    typeof publicJson === 'string' &&
    Array.isArray(own) &&
    own.every((entry) => Array.isArray(entry) && entry.length === 2 && Array.isArray(entry[0]) && entry[0].every((room) => typeof room === 'string') && typeof entry[1] === 'string')
  );
}

const roomOrRooms = (list: string[]): string | string[] => (list.length === 1 ? list[0]! : list);

/** What changed in one session since its views were last sent. */
interface PendingChange {
  live: LiveSession;
  /** The state before the first of these changes (undefined: not known, e.g. after a catch-up). */
  before: SessionState | undefined;
  /** Public and facilitator views. */
  shared: boolean;
  /** Every pair's private view. */
  all: boolean;
  pairs: Set<string>;
}

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
  /** The `rosterId` of the last whole console view this process sent each session's consoles. */
  private readonly consoleRosters = new Map<string, string>();
  /** Changes waiting for the next turn of the event loop, per session (see `changed`). */
  private readonly pending = new Map<string, PendingChange>();
  private flushTimer: NodeJS.Immediate | null = null;
  private readonly sent = new SentViews();
  /** Voter keys of the current poll per session (HMAC material → key); at most two per pair. */
  private readonly voterKeys = new Map<string, { pollId: string; secret: Buffer; keys: Map<string, string> }>();

  private clustered = false;
  /** Set while re-sending views from PostgreSQL during a Redis outage: to this process's sockets only. */
  private localOnly = false;

  constructor(
    private readonly events: SessionEventBus,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => this.on(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    if (this.flushTimer) clearImmediate(this.flushTimer);
    for (const timer of this.pendingCounts.values()) clearTimeout(timer);
    for (const throttle of this.facilitatorThrottle.values()) if (throttle.timer) clearTimeout(throttle.timer);
  }

  private on(event: SessionDomainEvent): void {
    // Whatever follows a change (an end, a revocation) reaches devices after its views, as before.
    if (event.type !== 'session.changed') this.flush('session' in event ? event.session.id : event.sessionId);
    switch (event.type) {
      case 'session.changed':
        return this.changed(event.session, event.scope, event.before);
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
    // Server-side emits from the other processes (never from this one, nor from a socket).
    if (clustered) io.on(VIEWS_MESSAGE as 'connection', (message: unknown) => this.onViewsMessage(message));
  }

  /**
   * Changes are not sent at once: they are gathered per session and sent on the next turn
   * of the event loop (setImmediate), so the command's ack, which is written when its
   * commit resolves, goes out before the fan-out, and several changes landing together
   * (a group commit of votes) are rendered once, from the latest state.
   */
  private changed(live: LiveSession, scope: ChangeScope, before: SessionState | undefined): void {
    if (!this.io) return;
    if (scope.kind === 'resync') {
      this.flush(live.id);
      return this.resendLocally(live);
    }
    let pending = this.pending.get(live.id);
    if (!pending) {
      pending = { live, before, shared: false, all: false, pairs: new Set() };
      this.pending.set(live.id, pending);
      this.flushTimer ??= setImmediate(() => this.flushAll());
    }
    switch (scope.kind) {
      case 'all':
        this.cancelPendingCounts(live.id);
        pending.shared = true;
        pending.all = true;
        break;
      case 'shared':
        pending.shared = true;
        break;
      case 'pair':
        this.cancelPendingCounts(live.id);
        pending.shared = true;
        pending.pairs.add(scope.pairId);
        break;
      case 'ballot':
        if (scope.pairId) pending.pairs.add(scope.pairId);
        if (scope.sendCounts) this.scheduleCounts(live);
        break;
      default: {
        const _exhaustive: never = scope;
        return _exhaustive;
      }
    }
  }

  private flushAll(): void {
    this.flushTimer = null;
    for (const sessionId of [...this.pending.keys()]) this.flush(sessionId);
  }

  /** Sends what is gathered for one session now (also before anything that must follow its views). */
  private flush(sessionId: string): void {
    const pending = this.pending.get(sessionId);
    if (!pending) return;
    this.pending.delete(sessionId);
    try {
      const { live } = pending;
      if (pending.all) {
        // A room-wide change (a step, the timer, the start): the public view first, to
        // everyone at once, before rendering every pair's view. A pair's view doesn't
        // depend on where the room is (decision 49), so it rarely changes with it; one
        // that does follows alone.
        this.sendShared(live);
        // Most room-wide changes (a step between non-poll steps, the timer) can't touch a
        // pair's view: then none is rendered at all (5,000 renders is tens of ms of CPU).
        if (pending.before && !pairViewsMayDiffer(pending.before, live.state) && this.sent.carryOver(live.id, pending.before, live.state)) return;
        this.sendOwn(this.renderPairs(live, pending.before, this.allPairIds(live), false));
        return;
      }
      // A few pairs' own changes (an answer, a vote): their views and the public view in one frame each.
      const own = this.renderPairs(live, pending.before, [...pending.pairs], false);
      if (pending.shared) this.sendShared(live, own);
      else this.sendOwn(own);
    } catch (error) {
      this.logger.event('error', 'sending views failed', { sessionId, error });
    }
  }

  /**
   * Every view of the session to this process's own sockets, not through Redis: while
   * Redis is away each process keeps its devices current from PostgreSQL.
   */
  private resendLocally(live: LiveSession): void {
    this.localOnly = true;
    try {
      this.cancelPendingCounts(live.id);
      const own = this.renderPairs(live, undefined, this.allPairIds(live), true);
      this.sendShared(live, own);
    } finally {
      this.localOnly = false;
    }
  }

  private allPairIds(live: LiveSession): string[] {
    return pairsInJoinOrder(live.state).map((pair) => pair.pairId);
  }

  private to(room: string | string[]) {
    return this.localOnly ? this.io!.local.to(room) : this.io!.to(room);
  }

  /**
   * Public view to everyone in the session, facilitator view to the console. Devices
   * whose own view changed too get both in one `view.update` frame instead (a step
   * change: one frame per phone, as a bare broadcast sends, not two); the public view
   * alone goes to every other socket of the session (consoles, projectors, pairs whose
   * view stayed the same).
   */
  private sendShared(live: LiveSession, own: readonly OwnViews[] = []): void {
    if (!this.io) return;
    const publicView = view(live.state, { kind: 'public' });
    if (own.length === 0) {
      this.to(rooms.session(live.id)).emit('view.public', publicView);
      this.sendFacilitator(live);
      return;
    }
    const publicJson = JSON.stringify(publicView);
    if (this.clustered && !this.localOnly) {
      // One Redis message for the whole change instead of one per pair: every other process
      // delivers it to its own sockets (`deliverViews`), exactly as this one does now.
      const message: ViewsMessage = { sessionId: live.id, publicJson, own: own.map(({ rooms: to, json }) => [to, json]) };
      this.io.serverSideEmit(VIEWS_MESSAGE, message);
      this.deliverViews(message, publicView, own);
    } else {
      this.deliverViews({ sessionId: live.id, publicJson, own: [] }, publicView, own);
    }
    // Last: the console's view lists every pair (hundreds of KB at 1,000 pairs), and the
    // facilitator already has the command's ack; the phones shouldn't wait for its JSON.
    this.sendFacilitator(live);
  }

  /**
   * A change's public view to every socket of the session on this process, except those
   * of the rooms in `own`, which get it in one `view.update` frame with their own view.
   * `publicView` and `own` are the objects behind the message's JSON when this process
   * made them; from another process the JSON is parsed, only for rooms with a socket here.
   */
  private deliverViews(message: ViewsMessage, publicView: PublicView | null, own: readonly OwnViews[]): void {
    if (!this.io) return;
    const local = this.io.local;
    const groups: readonly { rooms: string[]; json: string; payload: PairView | null }[] = own.length > 0 ? own : message.own.map(([to, json]) => ({ rooms: to, json, payload: null }));
    const present = this.io.sockets.adapter.rooms;
    const publicPayload = publicView ?? (JSON.parse(message.publicJson) as PublicView);
    local
      .to(rooms.session(message.sessionId))
      .except(groups.flatMap((group) => group.rooms))
      .emit('view.public', withJson(publicPayload, message.publicJson));
    for (const group of groups) {
      const here = group.rooms.filter((room) => (present.get(room)?.size ?? 0) > 0);
      if (here.length === 0) continue;
      const update: ViewUpdate = { public: publicPayload, own: group.payload ?? (JSON.parse(group.json) as PairView) };
      // Exactly JSON.stringify(update): the two views' JSON is made once, not per room.
      local.to(roomOrRooms(here)).emit('view.update', withJson(update, `{"public":${message.publicJson},"own":${group.json}}`));
    }
  }

  /** A change's views from another process (through Redis): to this process's sockets. */
  private onViewsMessage(message: unknown): void {
    if (!isViewsMessage(message)) {
      this.logger.event('warn', 'views message from another process ignored: not the expected shape', {});
      return;
    }
    try {
      this.deliverViews(message, null, []);
    } catch (error) {
      this.logger.event('error', 'sending views from another process failed', { sessionId: message.sessionId, error });
    }
  }

  /** Private views alone: nothing public changed with them (a vote), or the public view went first (a room-wide change). */
  private sendOwn(own: readonly OwnViews[]): void {
    for (const { event, payload, rooms: to } of own) this.to(roomOrRooms(to)).emit(event, payload);
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
      // No console open (on this process, when it is the only one): nothing to render. One
      // that opens gets the whole view at connect.
      if (!this.mayHaveSockets(rooms.facilitators(live.id))) return;
      const frames = consoleFrames(view(live.state, { kind: 'facilitator' }));
      const to = this.io?.to(rooms.facilitators(live.id));
      // A step or the timer leaves every pair's row as it was: the consoles keep their list
      // (decision 50). One that holds another list (it connected on another process, say)
      // asks for the whole view again.
      if (this.consoleRosters.get(live.id) === frames.rosterId) {
        to?.emit('view.facilitatorRoom', frames.room());
        return;
      }
      this.consoleRosters.set(live.id, frames.rosterId);
      to?.emit('view.facilitator', frames.full());
    };
    const wait = throttle.lastAt + FACILITATOR_VIEW_INTERVAL_MS - Date.now();
    if (wait <= 0) return emit();
    throttle.timer = setTimeout(() => {
      throttle.timer = null;
      emit();
    }, wait);
    throttle.timer.unref?.();
  }

  /**
   * The listed pairs' private views that need sending: each rendered once per room that
   * may have a device, kept only if it differs from what that room was sent (or, when
   * that memory doesn't describe `before`, from the view of `before`), and equal payloads
   * serialized once for all their rooms. Who may receive what is decided here exactly as
   * before: a pair's view only to that pair's shared devices, a member's view only to
   * that member's device. `force` keeps every view (a resync).
   */
  private renderPairs(live: LiveSession, before: SessionState | undefined, pairIds: readonly string[], force: boolean): OwnViews[] {
    if (!this.io || pairIds.length === 0) return [];
    const known = force ? null : this.sent.of(live.id, before);
    const digests = known ?? new Map<string, string>();
    // Keyed by event and digest; `json` guards against ever merging two different views.
    const outgoing = new Map<string, OwnViews>();
    for (const pairId of pairIds) {
      for (const target of this.pairTargets(live, pairId)) {
        if (!this.mayHaveSockets(target.room)) {
          // Nobody to tell; whoever joins gets the current view at connect.
          digests.delete(target.room);
          continue;
        }
        const audience = { kind: 'pair', pairId, member: target.member } as const;
        const now = view(live.state, { ...audience, voterKeys: this.voterKeysOf(live, pairId, target.member) });
        if (!now) {
          digests.delete(target.room);
          continue;
        }
        const json = JSON.stringify(now);
        const digest = SentViews.digestOf(SentViews.contentOf(now, json));
        let previous = known?.get(target.room);
        if (!known && !force && before) {
          const then = view(before, { ...audience, voterKeys: this.voterKeysIn(live, before, pairId, target.member) });
          previous = then ? SentViews.digest(then) : undefined;
        }
        digests.set(target.room, digest);
        if (previous === digest) continue;
        const key = `${target.event}|${digest}`;
        const group = outgoing.get(key);
        if (group?.json === json) group.rooms.push(target.room);
        else outgoing.set(group ? `${key}|${target.room}` : key, { event: target.event, payload: withJson(now, json), json, rooms: [target.room] });
      }
    }
    // Not for an ended session (it left memory; a late handout share must not bring it back),
    // nor after a local-only resend in a cluster (other processes' devices didn't get it).
    if (live.state.phase !== 'ended' && (!this.localOnly || !this.clustered)) this.sent.remember(live.id, live.state, digests);
    return [...outgoing.values()];
  }

  /** The rooms a pair's private views go to now: its shared devices, or (split) each member's own. */
  private pairTargets(live: LiveSession, pairId: string): { room: string; member: MemberRole | null; event: 'view.pair' | 'view.member' }[] {
    // Only the devices the pair has now: a split pair has no shared device, a shared one no member devices.
    if (getPair(live.state, pairId)?.devices.mode !== 'split') return [{ room: rooms.pair(live.id, pairId), member: null, event: 'view.pair' }];
    return MEMBER_ROLES.map((role) => ({ room: rooms.member(live.id, pairId, role), member: role, event: 'view.member' as const }));
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
    return this.voterKeysIn(live, live.state, pairId, member);
  }

  private voterKeysIn(live: LiveSession, state: SessionState, pairId: string, member: MemberRole | null): PairVoterKey[] {
    const secret = live.ballotSecret;
    if (!secret) return [];
    const identities = pairVoterIdentities(state, pairId, member);
    if (identities.length === 0) return [];
    // Not kept for an ended session: it has left memory (see `forget`), and must stay out.
    if (live.state.phase === 'ended') return identities.map((identity) => ({ pollId: identity.pollId, role: identity.role, voterKey: hmacVoterKey(secret, voterKeyMaterial(identity)) }));
    // A pair's view is rendered after each of its votes and each step: its keys for the
    // current poll are the same every time, so each HMAC is computed once per poll.
    const pollId = identities[0]!.pollId;
    let cache = this.voterKeys.get(live.id);
    if (!cache || cache.pollId !== pollId || !cache.secret.equals(secret)) {
      cache = { pollId, secret, keys: new Map() };
      this.voterKeys.set(live.id, cache);
    }
    const keys = cache.keys;
    return identities.map((identity) => {
      const material = voterKeyMaterial(identity);
      let voterKey = identity.pollId === pollId ? keys.get(material) : undefined;
      if (voterKey === undefined) {
        voterKey = hmacVoterKey(secret, material);
        if (identity.pollId === pollId) keys.set(material, voterKey);
      }
      return { pollId: identity.pollId, role: identity.role, voterKey };
    });
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
    this.sent.forget(live.id);
    this.voterKeys.delete(live.id);
    this.consoleRosters.delete(live.id);
    const throttle = this.facilitatorThrottle.get(live.id);
    this.facilitatorThrottle.delete(live.id);
    if (throttle?.timer) {
      clearTimeout(throttle.timer);
      this.io?.to(rooms.facilitators(live.id)).emit('view.facilitator', consoleFrames(view(live.state, { kind: 'facilitator' })).full());
    }
  }

  /** Sessions with throttle or coalescing state in memory (for the memory test). */
  get trackedSessionCount(): number {
    return new Set([...this.pendingCounts.keys(), ...this.facilitatorThrottle.keys(), ...this.pending.keys(), ...this.sent.sessionIds, ...this.voterKeys.keys(), ...this.consoleRosters.keys()]).size;
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
