import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  credentialsIssuedBy,
  currentCredentials,
  decide,
  ERROR_MESSAGES,
  getPair,
  rejection,
  evolve,
  isBallot,
  replay,
  voterKeyMaterial,
  type Actor,
  type Command,
  type CommandAck,
  type DecideContext,
  type LoggedEvent,
  type SessionEvent,
  type SessionState,
} from '@kindred/session';
import { DatabaseHealth } from '../database/database-health';
import { JsonLogger } from '../logging/json-logger';
import { hmacVoterKey } from '../security/tokens';
import { ClusterChannel } from './cluster-channel';
import { LiveSessionReader, SessionCommandRunner, type ExecuteOptions } from './live-session-ports';
import { SessionEventBus, type ChangeScope, type LiveSessionReadModel } from './session-events';
import { DuplicateCommandError, DuplicateCommandsError, OwnershipLostError, SeqConflictError, SessionStore, type GroupWrite } from './session-store';
import { groupable, MAX_GROUP_SIZE, type CommandGroup, type GroupedCommand } from './group-commit';
import { SessionOwnership } from './session-ownership';

/** One session held in memory: a cache of what the log in PostgreSQL says. */
export interface LiveSession extends LiveSessionReadModel {
  state: SessionState;
  /** Set to null when the session ends (the store destroys its copy in the same commit). */
  ballotSecret: Buffer | null;
  /** Commands of one session run one at a time, in arrival order. */
  queue: Promise<unknown>;
  /** The group of pair commands last in the queue, still taking more (see group-commit.ts). */
  openGroup: CommandGroup | null;
  expiryTimer: NodeJS.Timeout | null;
}

/**
 * Another process appending to the same session makes us catch up and decide again;
 * under a burst of joins spread over processes that can take several rounds.
 */
const MAX_CONFLICT_RETRIES = 20;
const UNAVAILABLE: CommandAck = { ok: false, code: 'server/unavailable', message: ERROR_MESSAGES['server/unavailable'] };
const CONFLICT: CommandAck = { ok: false, code: 'server/conflict', message: ERROR_MESSAGES['server/conflict'] };

/**
 * Runs commands against live sessions: decide with the engine, persist what it
 * decided, fold it into the cached state, then publish one `session.changed` event
 * (SessionEventBus) with who must hear about it; the realtime layer subscribes and fans
 * the views out. This service never imports the transport. PostgreSQL stays the source
 * of truth: a conflicting writer (another process) makes us reload and decide again.
 */
@Injectable()
export class LiveSessionsService implements LiveSessionReader, SessionCommandRunner, OnApplicationBootstrap, OnModuleDestroy {
  private readonly sessions = new Map<string, Promise<LiveSession | null>>();
  /** Ballot counts read by the Redis-outage fallback, to notice votes cast through other processes. */
  private readonly ballotsSeen = new Map<string, number>();
  private closing = false;

  constructor(
    private readonly store: SessionStore,
    private readonly events: SessionEventBus,
    private readonly ownership: SessionOwnership,
    private readonly cluster: ClusterChannel,
    private readonly logger: JsonLogger,
    private readonly database: DatabaseHealth,
  ) {
    events.reportErrorsTo((error, event) => this.logger.event('error', 'session event listener failed', { sessionId: 'session' in event ? event.session.id : event.sessionId, error }));
  }

  /**
   * After a restart, bring back every open session and re-arm its running timer. With
   * several processes, only the sessions this process comes to own.
   */
  async onApplicationBootstrap(): Promise<void> {
    // Best effort: a notice missed while the database is away is caught up by the next one (or a seq conflict).
    this.cluster.on('kindred:changed', (id, seq) => this.background(this.onRemoteChange(id, seq), 'catch-up failed', id));
    this.cluster.on('kindred:ballots', (id, pollId) => this.background(this.onRemoteBallots(id, pollId), 'ballot catch-up failed', id));
    this.cluster.whileLinkDown(() => this.catchUpFromDatabase());
    this.cluster.on('kindred:rewritten', (id) => this.background(this.refresh(id), 'cache rebuild failed', id));
    if (!this.ownership.clustered) {
      const ids = await this.store.listActiveIds();
      for (const id of ids) {
        const live = await this.get(id);
        if (live) this.armExpiry(live);
      }
      if (ids.length > 0) this.logger.event('info', 'sessions restored', { count: ids.length });
    }
    await this.ownership.start(
      (id) => this.background(this.takeOver(id), 'take-over failed', id),
      (id) => void this.disarm(id),
    );
  }

  /**
   * This process became the session's owner (at start, or because the owner died). The
   * database may fail right then: keep trying while we own it, or its timer never fires.
   */
  private async takeOver(sessionId: string): Promise<void> {
    for (;;) {
      if (this.closing || !this.ownership.owns(sessionId)) return;
      try {
        const live = await this.get(sessionId);
        if (!live) return;
        await this.serialized(live, () => this.catchUp(live));
        this.armExpiry(live);
        this.events.publish({ type: 'session.changed', session: live, scope: { kind: 'shared' } });
        return;
      } catch (error) {
        if (!this.database.report(error)) this.logger.event('warn', 'take-over failed', { sessionId, error });
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  /** Runs work nobody awaits; a failure is logged (once per outage, when the database is away), never left unhandled. */
  private background(work: Promise<unknown>, what: string, sessionId: string): void {
    work.catch((error: unknown) => {
      if (!this.database.report(error)) this.logger.event('warn', what, { sessionId, error });
    });
  }

  /** This process stopped owning the session: its timer is another's now. */
  private async disarm(sessionId: string): Promise<void> {
    const live = await this.sessions.get(sessionId)?.catch(() => null);
    if (live?.expiryTimer) clearTimeout(live.expiryTimer);
    if (live) live.expiryTimer = null;
  }

  /** The session, caught up with what other processes wrote (a no-op with one process). */
  async fresh(sessionId: string): Promise<LiveSession | null> {
    const live = await this.get(sessionId);
    if (live && this.ownership.clustered) await this.serialized(live, () => this.catchUp(live));
    return live;
  }

  private async onRemoteChange(sessionId: string, seq: number): Promise<void> {
    const pending = this.sessions.get(sessionId);
    const live = pending ? await pending : null;
    if (!live || seq <= live.state.seq) return;
    await this.serialized(live, () => this.catchUp(live));
    this.armExpiry(live);
    this.releaseIfEnded(live);
  }

  private async onRemoteBallots(sessionId: string, pollId: string): Promise<void> {
    const pending = this.sessions.get(sessionId);
    const live = pending ? await pending : null;
    if (!live) return;
    await this.serialized(live, async () => {
      const ballots = await this.store.loadBallots(sessionId, pollId);
      live.state = ballots.reduce(evolve, live.state);
    });
    if (this.ownership.owns(sessionId)) this.events.publish({ type: 'session.changed', session: live, scope: { kind: 'ballot', pairId: null, sendCounts: true } });
  }

  /**
   * Redis is away, so other processes' change notices don't arrive: read where each
   * cached session's log ends (and its ballot count) and catch up what moved, re-arming
   * timers and re-sending views to this process's own devices.
   */
  private async catchUpFromDatabase(): Promise<void> {
    const cached = (await Promise.all([...this.sessions.values()].map((p) => p.catch(() => null)))).filter((l): l is LiveSession => l !== null);
    const progress = await this.store.progress(cached.map((l) => l.id));
    const byId = new Map(cached.map((l) => [l.id, l]));
    for (const { id, lastSeq, ballots } of progress) {
      const live = byId.get(id)!;
      if (lastSeq <= live.state.seq && this.ballotsSeen.get(id) === ballots) continue;
      this.ballotsSeen.set(id, ballots);
      await this.serialized(live, () => this.catchUp(live));
      this.armExpiry(live);
      this.events.publish({ type: 'session.changed', session: live, scope: { kind: 'resync' } });
    }
  }

  /** Catches the cached state up with the log and the ballots in PostgreSQL. */
  private async catchUp(live: LiveSession): Promise<void> {
    const { events } = await this.store.loadLog(live.id, live.state.seq);
    const ballots = await this.store.loadBallots(live.id);
    live.state = [...events, ...ballots].reduce<SessionState>(evolve, live.state);
  }

  /** Runs `work` in the session's queue, after every command already waiting. */
  private serialized<T>(live: LiveSession, work: () => Promise<T>): Promise<T> {
    const run = live.queue.then(work);
    live.queue = run.catch(() => undefined);
    // Whatever comes later must not be decided before this: later pair commands start a new group.
    live.openGroup = null;
    return run;
  }

  onModuleDestroy(): void {
    this.closing = true;
    this.cluster.close();
    for (const pending of this.sessions.values()) {
      void pending.then((live) => live?.expiryTimer && clearTimeout(live.expiryTimer));
    }
  }

  /**
   * The cached session, loaded from the log on first use; null if it doesn't exist.
   * Only open sessions stay cached: an ended one is handed to whoever asked (and to
   * callers that asked while it loaded) and then forgotten, so memory holds what is
   * live, not every session ever opened.
   */
  get(sessionId: string): Promise<LiveSession | null> {
    let pending = this.sessions.get(sessionId);
    if (!pending) {
      pending = this.load(sessionId);
      this.sessions.set(sessionId, pending);
      pending.then(
        (live) => (!live || live.state.phase === 'ended') && this.forget(sessionId, pending!),
        () => this.forget(sessionId, pending!),
      );
    }
    return pending;
  }

  /** How many sessions this process holds in memory (for tests and metrics). */
  get cachedCount(): number {
    return this.sessions.size;
  }

  private forget(sessionId: string, pending: Promise<LiveSession | null>): void {
    if (this.sessions.get(sessionId) !== pending) return;
    this.sessions.delete(sessionId);
    // Written only while Redis is away (catchUpFromDatabase); it must not outlive the cache entry.
    this.ballotsSeen.delete(sessionId);
  }

  /** An ended session leaves memory: its timer, its throttles and its cache entry. */
  private releaseIfEnded(live: LiveSession): void {
    if (live.state.phase !== 'ended') return;
    if (live.expiryTimer) clearTimeout(live.expiryTimer);
    live.expiryTimer = null;
    // The store destroyed the secret with the SessionEnded event; drop our copy too.
    live.ballotSecret = null;
    const pending = this.sessions.get(live.id);
    if (pending) void pending.then((cached) => cached === live && this.forget(live.id, pending));
    this.events.publish({ type: 'session.released', session: live });
  }

  private async load(sessionId: string): Promise<LiveSession | null> {
    const row = await this.store.findById(sessionId);
    if (!row) return null;
    const { events, ballots } = await this.store.loadLog(sessionId);
    return { id: sessionId, title: row.title, state: replay(events, ballots), ballotSecret: row.ballotSecret, queue: Promise.resolve(), openGroup: null, expiryTimer: null };
  }

  /**
   * Something rewrote a session's log in place (the private-answer retention purge):
   * rebuild this process's cache from it and tell every other process to do the same,
   * so none keeps serving the purged text.
   */
  async logRewritten(sessionId: string): Promise<void> {
    await this.refresh(sessionId);
    this.cluster.send('kindred:rewritten', sessionId);
  }

  /** Re-reads a cached session from its log; queued behind the session's commands. */
  private async refresh(sessionId: string): Promise<void> {
    const live = await this.sessions.get(sessionId);
    if (!live) return;
    await this.serialized(live, async () => {
      const { events, ballots } = await this.store.loadLog(live.id);
      live.state = replay(events, ballots);
    });
  }

  /**
   * Decides and applies one command; resolves with the ack the device receives. While
   * the database is unavailable the answer is `server/unavailable` at once, and commands
   * already waiting get it as soon as an outage starts (their work may still complete
   * later; the client's retry with the same commandId then finds it applied).
   */
  async execute(sessionId: string, actor: Actor, command: Command, options: ExecuteOptions = {}): Promise<CommandAck> {
    if (!this.database.available) return UNAVAILABLE;
    let cancel: () => unknown = () => undefined;
    const outage = new Promise<CommandAck>((resolve) => (cancel = this.database.onceDown(() => resolve(UNAVAILABLE))));
    const work = (async (): Promise<CommandAck> => {
      const live = await this.get(sessionId);
      if (!live) return { ok: false, code: 'session/not-found', message: 'This session does not exist.' };
      if (groupable(actor, command, options)) return this.grouped(live, actor, command, options);
      return this.serialized(live, () => this.executeNow(live, actor, command, options));
    })().catch((error: unknown) => {
      if (this.database.report(error)) return UNAVAILABLE;
      throw error;
    });
    try {
      return await Promise.race([work, outage]);
    } finally {
      cancel();
    }
  }

  private async executeNow(live: LiveSession, actor: Actor, command: Command, options: ExecuteOptions): Promise<CommandAck> {
    for (let attempt = 0; ; attempt++) {
      // Queued before an outage began: don't wait for another timeout.
      if (!this.database.available) return UNAVAILABLE;
      const now = Date.now();
      const result = decide(live.state, command, actor, now, this.decideContext(live));
      if (!result.ok) {
        // Another process may have moved the session on (opened the poll, changed the
        // step) before its notice reached us: catch up once and decide again.
        if (this.ownership.clustered && attempt === 0 && (await this.store.lastSeq(live.id)) > live.state.seq) {
          await this.catchUp(live);
          continue;
        }
        // A retry of a command that was applied (its ack lost, or answered server/unavailable
        // while it still completed): answer as the first time, not with "already done".
        if (options.commandId && (await this.store.hasCommand(live.id, options.commandId))) return { ok: true, seq: live.state.seq };
        return { ok: false, code: result.code, message: result.message };
      }
      const logged = result.events.filter((e): e is LoggedEvent => !isBallot(e));
      const ballots = result.events.filter(isBallot);
      try {
        const fence = actor.kind === 'system' ? this.ownership.fenceFor(live.id) : null;
        const issued = new Set(logged.flatMap(credentialsIssuedBy));
        await this.store.commit(live.id, live.state.seq, {
          events: logged,
          ballots,
          commandId: options.commandId ?? null,
          newPair: options.newPair,
          fence,
          credentials: options.credentials?.filter((c) => issued.has(c.id)),
          consumeCodeHash: issued.size > 0 ? options.consumeCodeHash : undefined,
        });
      } catch (error) {
        if (error instanceof DuplicateCommandError) return { ok: true, seq: live.state.seq };
        if (error instanceof OwnershipLostError) {
          this.ownership.release(live.id);
          return CONFLICT;
        }
        if (error instanceof SeqConflictError) {
          // Another writer (a join on another process, a second console tab) keeps winning:
          // say so rather than pretend it was a server fault; the device may simply retry.
          if (attempt >= MAX_CONFLICT_RETRIES) return CONFLICT;
          // A little jitter, so two processes racing for the same session stop colliding.
          if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
          await this.catchUp(live);
          continue;
        }
        throw error;
      }
      this.apply(live, result.events, actor);
      if (logged.length > 0) this.cluster.send('kindred:changed', live.id, live.state.seq);
      for (const pollId of new Set(ballots.map((b) => b.pollId))) this.cluster.send('kindred:ballots', live.id, pollId);
      return { ok: true, seq: live.state.seq };
    }
  }

  /** Joins the session's open group of pair commands, or opens one at the end of the queue. */
  private grouped(live: LiveSession, actor: Actor, command: Command, options: ExecuteOptions): Promise<CommandAck> {
    return new Promise<CommandAck>((resolve, reject) => {
      const item: GroupedCommand = { actor, command, options, resolve, reject };
      if (live.openGroup && live.openGroup.items.length < MAX_GROUP_SIZE) {
        live.openGroup.items.push(item);
        return;
      }
      const group: CommandGroup = { items: [item] };
      this.serialized(live, () => this.runGroup(live, group)).catch((error: unknown) => {
        for (const waiting of group.items) waiting.reject(error);
      });
      live.openGroup = group;
    });
  }

  /**
   * Decides a group's commands in arrival order (each against the state the ones before
   * it leave), writes the accepted ones in one transaction and only then answers every
   * command of the group, refusals included (a refusal may rest on an earlier command of
   * the group). Conflicts and retries are handled as in `executeNow`.
   */
  private async runGroup(live: LiveSession, group: CommandGroup): Promise<void> {
    if (live.openGroup === group) live.openGroup = null;
    let items = group.items;
    const answered = new Map<GroupedCommand, CommandAck>();
    for (let attempt = 0; items.length > 0; attempt++) {
      if (!this.database.available) {
        for (const item of items) answered.set(item, UNAVAILABLE);
        break;
      }
      const now = Date.now();
      const context = this.decideContext(live);
      let state = live.state;
      const accepted: { item: GroupedCommand; events: SessionEvent[] }[] = [];
      const refused: { item: GroupedCommand; ack: CommandAck }[] = [];
      for (const item of items) {
        const result = decide(state, item.command, item.actor, now, context);
        if (!result.ok) {
          refused.push({ item, ack: { ok: false, code: result.code, message: result.message } });
          continue;
        }
        state = result.events.reduce(evolve, state);
        accepted.push({ item, events: result.events });
      }
      // Another process may have moved the session on: catch up once and decide again.
      if (refused.length > 0 && this.ownership.clustered && attempt === 0 && (await this.store.lastSeq(live.id)) > live.state.seq) {
        await this.catchUp(live);
        continue;
      }
      const writes: GroupWrite[] = accepted.map(({ item, events }) => ({
        events: events.filter((e): e is LoggedEvent => !isBallot(e)),
        ballots: events.filter(isBallot),
        commandId: item.options.commandId ?? null,
      }));
      try {
        if (writes.length > 0) await this.store.commitGroup(live.id, live.state.seq, writes);
      } catch (error) {
        if (error instanceof DuplicateCommandsError) {
          // Retries of commands applied before: answered as the first time; the rest go again.
          const applied = new Set(error.commandIds);
          for (const item of items) if (item.options.commandId && applied.has(item.options.commandId)) answered.set(item, { ok: true, seq: live.state.seq });
          items = items.filter((item) => !answered.has(item));
          continue;
        }
        if (error instanceof SeqConflictError) {
          if (attempt >= MAX_CONFLICT_RETRIES) {
            for (const item of items) answered.set(item, CONFLICT);
            break;
          }
          if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
          await this.catchUp(live);
          continue;
        }
        throw error;
      }
      const acks = new Map<GroupedCommand, CommandAck>();
      for (const { item, events } of accepted) {
        this.apply(live, events, item.actor);
        acks.set(item, { ok: true, seq: live.state.seq });
      }
      for (const { item, ack } of refused) {
        // A retry of a command that was applied (its ack lost): answer as the first time.
        const commandId = item.options.commandId;
        acks.set(item, commandId && (await this.store.hasCommand(live.id, commandId)) ? { ok: true, seq: live.state.seq } : ack);
      }
      if (writes.some((w) => w.events.length > 0)) this.cluster.send('kindred:changed', live.id, live.state.seq);
      for (const pollId of new Set(writes.flatMap((w) => w.ballots.map((b) => b.pollId)))) this.cluster.send('kindred:ballots', live.id, pollId);
      for (const [item, ack] of acks) answered.set(item, ack);
      break;
    }
    // In arrival order, after the commit.
    for (const item of group.items) {
      const ack = answered.get(item);
      if (ack) item.resolve(ack);
    }
  }

  private apply(live: LiveSession, events: readonly SessionEvent[], actor: Actor): void {
    const before = live.state;
    live.state = events.reduce(evolve, live.state);
    this.revokeReplacedDevices(live, before, events);
    this.armExpiry(live);
    this.events.publish({ type: 'session.changed', session: live, scope: scopeOf(actor, events, this.ownership.owns(live.id)), before });
    for (const event of events) if (event.type === 'PairRemoved') this.events.publish({ type: 'pair.removed', sessionId: live.id, pairId: event.pairId, actor });
    const ended = events.find((event) => event.type === 'SessionEnded');
    if (ended) this.events.publish({ type: 'session.ended', session: live, endedAt: ended.at, seq: live.state.seq, actor });
    this.releaseIfEnded(live);
  }

  /** Devices whose credential the events retired are told why and disconnected. */
  private revokeReplacedDevices(live: LiveSession, before: SessionState, events: readonly SessionEvent[]): void {
    for (const event of events) {
      if (event.type !== 'PairSplit' && event.type !== 'MemberDeviceReplaced' && event.type !== 'PairMerged') continue;
      const was = getPair(before, event.pairId);
      const now = getPair(live.state, event.pairId);
      if (!was || !now) continue;
      const kept = new Set(currentCredentials(now.devices));
      const retired = currentCredentials(was.devices).filter((credential) => !kept.has(credential));
      const code = event.type === 'PairSplit' ? 'auth/pair-split' : event.type === 'PairMerged' ? 'auth/pair-merged' : 'auth/device-replaced';
      if (retired.length > 0) this.events.publish({ type: 'devices.revoked', session: live, pairId: event.pairId, credentials: retired, notice: rejection(code) });
    }
  }

  /** The engine asks for a voter's anonymous key; only the transport holds the session secret. */
  private decideContext(live: LiveSession): DecideContext {
    const secret = live.ballotSecret;
    return secret ? { voterKeyFor: (identity) => hmacVoterKey(secret, voterKeyMaterial(identity)) } : {};
  }

  /** One timeout per session with a running timer, firing `timer.expire` at `endsAt`. */
  private armExpiry(live: LiveSession): void {
    if (live.expiryTimer) clearTimeout(live.expiryTimer);
    live.expiryTimer = null;
    const { timer, currentSegmentId } = live.state;
    if (!this.ownership.owns(live.id)) return;
    if (this.closing || timer.status !== 'running' || currentSegmentId === null || live.state.phase !== 'running') return;
    const delay = Math.max(0, timer.endsAt - Date.now());
    live.expiryTimer = setTimeout(() => {
      live.expiryTimer = null;
      this.execute(live.id, { kind: 'system' }, { type: 'timer.expire', segmentId: currentSegmentId }).then(
        (ack) => {
          // Not due yet happens when the timer was extended meanwhile; re-arm from the new state.
          if (!ack.ok) this.armExpiry(live);
        },
        (error: unknown) => this.logger.event('error', 'timer expiry failed', { sessionId: live.id, error }),
      );
    }, delay + 5);
    live.expiryTimer.unref?.();
  }
}

/** Who must hear about a change: a pair's own command touches only its pair's private view. */
function scopeOf(actor: Actor, events: readonly SessionEvent[], owner: boolean): ChangeScope {
  // Only the session's owner sends coalesced vote counts, so several processes send them once.
  if (events.length > 0 && events.every(isBallot)) return { kind: 'ballot', pairId: actor.kind === 'pair' ? actor.pairId : null, sendCounts: owner };
  if (actor.kind === 'pair') return { kind: 'pair', pairId: actor.pairId };
  return { kind: 'all' };
}

