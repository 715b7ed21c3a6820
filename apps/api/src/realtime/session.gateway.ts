import { Inject } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  agendaForAudience,
  findInvalidText,
  getPair,
  pairLanguage,
  parseCommand,
  ERROR_MESSAGES,
  INVALID_TEXT_MESSAGE,
  PROTOCOL_VERSION,
  SERVER_ISSUED_COMMANDS,
  view,
  type AudienceKind,
  type ClientToServerEvents,
  type Command,
  type CommandAck,
  type ServerToClientEvents,
} from '@kindred/session';
import type { Agenda } from '@kindred/content';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { DatabaseHealth } from '../database/database-health';
import { Lifecycle } from '../lifecycle/lifecycle';
import { JsonLogger } from '../logging/json-logger';
import { RateLimits } from '../security/rate-limits';
import { ClusterChannel } from '../sessions/cluster-channel';
import { SessionAgendas } from '../sessions/session-agendas';
import { LiveSessionReader, SessionCommandRunner } from '../sessions/live-session-ports';
import type { LiveSessionReadModel } from '../sessions/session-events';
import { consoleFrames } from './console-frames';
import { withJson } from './wire-encoder';
import { rooms } from './rooms';
import { SessionBroadcaster } from './session-broadcaster';
import { AuthService } from '../auth/auth.service';
import { socketIoClusterTransport } from './socket-io-cluster-transport';
import { HandshakeRejected, SocketAuthenticator, type Revoked, type SocketIdentity } from './socket-auth';
import { TokenBucket } from './token-bucket';

type KindredServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type KindredSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

interface SocketData {
  identity: SocketIdentity;
  bucket: TokenBucket;
  /** When the credential was last looked up (see SocketAuthenticator.recheck). */
  verifiedAt: number;
  /** The session as loaded at connect when it had ended already (not cached: see onViewRequest); null otherwise. */
  endedAtConnect: LiveSessionReadModel | null;
}

/** setTimeout's longest delay; a sign-in lasting longer is still cut off by the per-command check. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A command's JSON may be at most this large; answers and names are far smaller. */
export const MAX_COMMAND_BYTES = 16 * 1024;
const commandId = z.uuid();
const UNAVAILABLE: CommandAck = { ok: false, code: 'server/unavailable', message: ERROR_MESSAGES['server/unavailable'] };

/**
 * Each agenda as an audience gets it, made and serialized once: a room of phones
 * reconnecting after the Wi-Fi drops would otherwise copy and serialize it once each
 * (a quarter of a millisecond a phone, over a second of CPU at 5,000). Only the latest
 * title is kept per agenda and audience, so sessions sharing an agenda object can't grow it.
 */
const agendaFrames = new WeakMap<Agenda, Map<AudienceKind, { title: string; frame: Agenda }>>();

function agendaFrame(agenda: Agenda, audience: AudienceKind, title: string): Agenda {
  let byAudience = agendaFrames.get(agenda);
  if (!byAudience) {
    byAudience = new Map();
    agendaFrames.set(agenda, byAudience);
  }
  const held = byAudience.get(audience);
  if (held?.title === title) return held.frame;
  // Devices show the session's own name, not the plan's it was made from.
  const frame = { ...agendaForAudience(agenda, audience), title };
  byAudience.set(audience, { title, frame: withJson(frame, JSON.stringify(frame)) });
  return frame;
}

/**
 * The thin transport: authenticates the handshake, puts the socket in its rooms,
 * sends the agenda and current views, validates every command against the shared
 * protocol and hands it to the engine (through the session service's command runner),
 * answering each with an ack. Views after a change go out through SessionBroadcaster,
 * which listens to the service's events. All authorization beyond "who is this socket" is the engine's.
 */
@WebSocketGateway()
export class SessionGateway implements OnGatewayInit<KindredServer>, OnGatewayConnection<KindredSocket> {
  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly sessions: LiveSessionReader,
    private readonly commands: SessionCommandRunner,
    private readonly broadcaster: SessionBroadcaster,
    private readonly cluster: ClusterChannel,
    private readonly auth: AuthService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
    private readonly lifecycle: Lifecycle,
    private readonly database: DatabaseHealth,
    private readonly limits: RateLimits,
    private readonly agendas: SessionAgendas,
  ) {}

  private server: KindredServer | null = null;

  /** Open sockets per credential in this process (see credentialKey). */
  private readonly openSockets = new Map<string, number>();

  /**
   * The listeners every socket gets, made once for all of them: socket.io calls an event's
   * listeners with the socket as `this` (Node's EventEmitter), so a connected device costs
   * no closures of its own (docs/benchmarks.md, "Memory per connected device").
   */
  private readonly listeners: SocketListeners = this.socketListeners();

  private socketListeners(): SocketListeners {
    const onCommand = this.onCommand.bind(this);
    const onViewRequest = this.onViewRequest.bind(this);
    const closed = this.closed.bind(this);
    return {
      command(this: KindredSocket, payload: unknown, ack: unknown): void {
        void onCommand(this, payload, ack);
      },
      viewRequest(this: KindredSocket): void {
        void onViewRequest(this);
      },
      closed(this: KindredSocket): void {
        closed(this);
      },
    };
  }

  afterInit(server: KindredServer): void {
    this.server = server;
    const clustered = this.config.redisUrl !== null;
    this.broadcaster.attach(server, clustered);
    // Only with the Redis adapter do server-side emits reach other processes.
    if (clustered) this.cluster.connect(socketIoClusterTransport(server));
    // Signing out ends that sign-in's sockets on every process (through the Redis adapter).
    this.auth.onSignOut((tokenHash) => server.in(rooms.signIn(tokenHash)).disconnectSockets(true));
    server.use((socket, next) => {
      // Stopping: the device's reconnect finds another process (the listener is closed already).
      if (this.lifecycle.draining) {
        const message = ERROR_MESSAGES['server/unavailable'];
        return next(Object.assign(new Error(message), { data: { code: 'server/unavailable', message } }));
      }
      this.authenticator.identify(socket.handshake.auth, socket.handshake.headers.cookie).then(
        (identity) => {
          // A handful of screens per credential; 40 sockets on one token must not flood the room.
          const key = credentialKey(identity);
          const open = this.openSockets.get(key) ?? 0;
          if (open >= this.config.maxSocketsPerCredential) {
            const message = ERROR_MESSAGES['auth/too-many-connections'];
            next(Object.assign(new Error(message), { data: { code: 'auth/too-many-connections', message } }));
            return;
          }
          this.openSockets.set(key, open + 1);
          socket.data.identity = identity;
          socket.data.bucket = new TokenBucket(30, 10, Date.now());
          socket.data.verifiedAt = Date.now();
          socket.data.endedAtConnect = null;
          // `on`, not `once` (which wraps each socket's listener): socket.io emits disconnect once.
          socket.on('disconnect', this.listeners.closed);
          forgetHttpRequest(socket);
          next();
        },
        (error: unknown) => {
          const rejected = error instanceof HandshakeRejected ? error : new HandshakeRejected('server/error', 'Could not connect. Please try again.');
          if (!(error instanceof HandshakeRejected)) this.logger.event('error', 'socket handshake failed', { error });
          next(Object.assign(new Error(rejected.message), { data: { code: rejected.code, message: rejected.message } }));
        },
      );
    });
  }

  async handleConnection(socket: KindredSocket): Promise<void> {
    const { identity } = socket.data;
    // Listen before any await, so a command sent right at connect is never left unanswered.
    socket.on('command', this.listeners.command);
    socket.on('clock.sync', clockSync);
    this.expireWithSignIn(socket);
    let live: LiveSessionReadModel | null;
    try {
      live = await this.sessions.fresh(identity.sessionId);
    } catch (error) {
      // The database is away: close the transport (not the socket.io session) so the device reconnects later.
      if (!this.database.report(error)) this.logger.event('error', 'socket setup failed', { sessionId: identity.sessionId, error });
      socket.conn.close();
      return;
    }
    if (!live) {
      socket.disconnect(true);
      return;
    }
    let agendas: Agenda[];
    try {
      agendas = await this.agendasFor(identity, live);
    } catch (error) {
      if (!this.database.report(error)) this.logger.event('error', 'socket setup failed', { sessionId: identity.sessionId, error });
      socket.conn.close();
      return;
    }
    await socket.join(this.roomsOf(identity));
    // A revocation (a new projector link, a sign-out, a removal) that ran between the
    // handshake and this join found the socket in none of its rooms: look once more now
    // that it is in them. A projector sends no commands, so nothing else would catch it.
    try {
      if (await this.authenticator.recheck(identity, 0, Date.now())) {
        socket.disconnect(true);
        return;
      }
    } catch (error) {
      if (!this.database.report(error)) this.logger.event('error', 'socket setup failed', { sessionId: identity.sessionId, error });
      socket.conn.close();
      return;
    }
    if (live.state.phase === 'ended') socket.data.endedAtConnect = live;
    socket.on('view.request', this.listeners.viewRequest);
    socket.emit('session.hello', { protocolVersion: PROTOCOL_VERSION, sessionId: live.id, audience: identity.audience, serverNow: Date.now() });
    this.sendAgendas(socket, live, agendas);
    this.sendCurrent(socket, live);
  }

  /**
   * The agendas a socket gets: the projector one per shipped language (it shows one or
   * two side by side); any other device the one in its language (the handshake's or
   * `pair.setLanguage`'s, else its pair's, else the session's).
   */
  private async agendasFor(identity: SocketIdentity, live: LiveSessionReadModel): Promise<Agenda[]> {
    if (identity.audience === 'projector') return this.agendas.every(live);
    return [await this.agendas.agendaIn(live, this.languageOf(identity, live))];
  }

  private languageOf(identity: SocketIdentity, live: LiveSessionReadModel): string {
    if (identity.language !== null) return identity.language;
    const pair = identity.pairId ? getPair(live.state, identity.pairId) : undefined;
    return pair ? pairLanguage(live.state, pair) : live.state.agenda.language;
  }

  private sendAgendas(socket: KindredSocket, live: LiveSessionReadModel, agendas: readonly Agenda[]): void {
    for (const agenda of agendas) socket.emit('session.agenda', agendaFrame(agenda, socket.data.identity.audience, live.title));
  }

  /** A facilitator's socket ends when the sign-in does, even if it never sends another command. */
  private expireWithSignIn(socket: KindredSocket): void {
    const { recheck: credential } = socket.data.identity;
    if (credential.kind !== 'facilitator') return;
    const timer = setTimeout(() => socket.disconnect(true), Math.min(MAX_TIMEOUT_MS, Math.max(0, credential.expiresAt - Date.now())));
    timer.unref?.();
    socket.on('disconnect', () => clearTimeout(timer));
  }

  /** Tells every console of the session who just did what (co-facilitators see each other's moves). */
  private announce(sessionId: string, who: { facilitatorId: string; displayName: string }, command: Command, seq: number): void {
    this.server?.to(rooms.facilitators(sessionId)).emit('facilitator.activity', {
      seq,
      facilitatorId: who.facilitatorId,
      displayName: who.displayName,
      command: command.type,
      target: targetOf(command),
      at: Date.now(),
    });
  }

  private async switchLanguage(socket: KindredSocket, language: string): Promise<void> {
    socket.data.identity.language = language;
    const live = await this.sessions.get(socket.data.identity.sessionId);
    if (live) this.sendAgendas(socket, live, [await this.agendas.agendaIn(live, language)]);
  }

  /** Null while the socket's credential holds; otherwise why not, and the socket is disconnected. */
  private async revoked(socket: KindredSocket): Promise<Revoked | null> {
    const now = Date.now();
    const revoked = await this.authenticator.recheck(socket.data.identity, socket.data.verifiedAt, now);
    if (revoked) {
      // Let the ack go out first, then close: the device shows why instead of a bare disconnect.
      setImmediate(() => socket.disconnect(true));
      return revoked;
    }
    if (now - socket.data.verifiedAt >= this.authenticator.recheckMs) socket.data.verifiedAt = now;
    return null;
  }

  /**
   * Open sessions are read from the cache, so the views are current. An ended one is
   * not cached (memory stays bounded): the copy loaded at connect is resent rather than
   * the log replayed on every request; its later changes (sharing) reach the socket as
   * broadcasts, and clients keep the view with the highest seq.
   */
  private async onViewRequest(socket: KindredSocket): Promise<void> {
    try {
      if (!socket.data.bucket.take(Date.now()) || (await this.revoked(socket))) return;
      const live = socket.data.endedAtConnect ?? (await this.sessions.get(socket.data.identity.sessionId));
      if (live) this.sendCurrent(socket, live);
    } catch (error) {
      this.logger.event('error', 'view request failed', { sessionId: socket.data.identity.sessionId, error });
    }
  }

  private roomsOf(identity: SocketIdentity): string[] {
    const { sessionId, pairId, member, credential } = identity;
    const list = [rooms.session(sessionId)];
    if (identity.recheck.kind === 'facilitator') list.push(rooms.signIn(identity.recheck.tokenHash));
    if (identity.audience === 'facilitator') list.push(rooms.facilitators(sessionId));
    if (identity.recheck.kind === 'facilitator') list.push(rooms.sessionFacilitator(sessionId, identity.recheck.facilitatorId));
    if (identity.audience === 'projector') list.push(rooms.projectors(sessionId));
    if (pairId) {
      list.push(rooms.pairAll(sessionId, pairId));
      list.push(member ? rooms.member(sessionId, pairId, member) : rooms.pair(sessionId, pairId));
      list.push(rooms.credential(sessionId, pairId, credential));
    }
    return list;
  }

  /** The views this socket may see, now: on connect, on reconnect and on request. */
  private sendCurrent(socket: KindredSocket, live: LiveSessionReadModel): void {
    const { identity } = socket.data;
    socket.emit('view.public', view(live.state, { kind: 'public' }));
    if (identity.audience === 'facilitator') socket.emit('view.facilitator', consoleFrames(view(live.state, { kind: 'facilitator' })).full());
    if (identity.pairId) {
      const voterKeys = this.broadcaster.voterKeysOf(live, identity.pairId, identity.member);
      const pairView = view(live.state, { kind: 'pair', pairId: identity.pairId, member: identity.member, voterKeys });
      if (pairView && identity.member) socket.emit('view.member', pairView);
      else if (pairView) socket.emit('view.pair', pairView);
    }
    // A device that (re)connects after the end hears it as the others did.
    const { phase, endedAt, seq } = live.state;
    if (phase === 'ended' && endedAt !== null) socket.emit('session.ended', { sessionId: live.id, endedAt, seq });
  }

  /** A socket closed: one fewer open on its credential. */
  private closed(socket: KindredSocket): void {
    const key = credentialKey(socket.data.identity);
    const left = (this.openSockets.get(key) ?? 1) - 1;
    if (left > 0) this.openSockets.set(key, left);
    else this.openSockets.delete(key);
  }

  private async onCommand(socket: KindredSocket, payload: unknown, ack: unknown): Promise<void> {
    // Exactly one answer per command: the result, or `server/unavailable` if the process
    // must stop before the result is in (the client retries with the same commandId).
    let answered = false;
    const release = this.lifecycle.begin(() => reply(UNAVAILABLE));
    const reply = (res: CommandAck) => {
      if (answered) return;
      answered = true;
      release();
      if (typeof ack === 'function') (ack as (r: CommandAck) => void)(res);
    };
    if (this.lifecycle.draining) return reply(UNAVAILABLE);
    try {
      if (!socket.data.bucket.take(Date.now())) return reply({ ok: false, code: 'request/rate-limited', message: 'Too many requests. Please wait a moment.' });
      let size: number;
      try {
        size = Buffer.byteLength(JSON.stringify(payload ?? null), 'utf8');
      } catch {
        return reply({ ok: false, code: 'payload/invalid', message: 'That request was not understood.' });
      }
      if (size > MAX_COMMAND_BYTES) return reply({ ok: false, code: 'payload/too-large', message: 'That message is too large.' });
      const { commandId: rawId, ...rest } = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
      const id = rawId === undefined ? null : commandId.safeParse(rawId);
      if (id && !id.success) return reply({ ok: false, code: 'payload/invalid', message: 'commandId must be a UUID.' });
      const badText = findInvalidText(payload);
      if (badText) return reply({ ok: false, code: 'payload/invalid', message: `${badText}: ${INVALID_TEXT_MESSAGE}. Please retype it.` });
      const parsed = parseCommand(typeof payload === 'object' && payload !== null ? rest : payload);
      if (!parsed.ok) return reply({ ok: false, code: parsed.code, message: parsed.message });
      // Device commands carry credential ids the server makes; only its device routes send them.
      if (SERVER_ISSUED_COMMANDS.has(parsed.command.type)) return reply({ ok: false, code: 'auth/forbidden', message: 'That is done through the pair\'s phone settings, not a command.' });
      const revoked = await this.revoked(socket);
      if (revoked) return reply({ ok: false, ...revoked });
      const { identity } = socket.data;
      if (parsed.command.type === 'pair.rename' && identity.actor.kind === 'pair') {
        // Each rename answer says whether the name was free: keep that from becoming a scanner.
        const verdict = await this.limits.consume('renamesPerPair', `${identity.sessionId}|${identity.actor.pairId}`);
        if (!verdict.ok) return reply({ ok: false, code: 'request/rate-limited', message: 'You have renamed your pair a lot. Please wait a few minutes.' });
      }
      const ack = await this.commands.execute(identity.sessionId, identity.actor, parsed.command, { commandId: id?.data ?? null });
      // This socket now reads the agenda in its new language (before the ack, so the device has it when the ack lands); the pair's other phone keeps its own.
      if (ack.ok && parsed.command.type === 'pair.setLanguage') await this.switchLanguage(socket, parsed.command.language);
      reply(ack);
      if (ack.ok && identity.recheck.kind === 'facilitator') this.announce(identity.sessionId, identity.recheck, parsed.command, ack.seq);
    } catch (error) {
      if (this.database.report(error)) return reply(UNAVAILABLE);
      this.logger.event('error', 'command failed', { sessionId: socket.data.identity.sessionId, error });
      reply({ ok: false, code: 'server/error', message: 'Something went wrong on the server. Please try again.' });
    }
  }
}

/** The gateway's listeners on every socket; `this` is the socket (see SessionGateway.listeners). */
interface SocketListeners {
  command: (this: KindredSocket, payload: unknown, ack: unknown) => void;
  viewRequest: (this: KindredSocket) => void;
  closed: (this: KindredSocket) => void;
}

const clockSync: ClientToServerEvents['clock.sync'] = (clientSentAt, ack) => {
  if (typeof ack === 'function') ack({ serverNow: Date.now(), clientSentAt: typeof clientSentAt === 'number' ? clientSentAt : 0 });
};

/** The segment, poll or topic a facilitator command names, for the activity line. */
function targetOf(command: Command): string | null {
  if ('segmentId' in command && typeof command.segmentId === 'string') return command.segmentId;
  if ('pollId' in command) return command.pollId;
  if ('sectionId' in command) return command.sectionId;
  return null;
}

/** One credential: a pair (or one member of it), a session's projector link, a facilitator in one session. */
function credentialKey(identity: SocketIdentity): string {
  const { actor, sessionId } = identity;
  switch (actor.kind) {
    case 'pair':
      return `pair:${actor.pairId}:${actor.member ?? 'shared'}`;
    case 'facilitator':
      return `facilitator:${actor.facilitatorId}:${sessionId}`;
    case 'projector':
    case 'system':
      return `${actor.kind}:${sessionId}`;
    default: {
      const _exhaustive: never = actor;
      return _exhaustive;
    }
  }
}

/** What forgotten headers, queries and auths become: one frozen empty object for all (an empty literal is 56 bytes a socket). */
const FORGOTTEN: Record<string, never> = Object.freeze({});
const NO_RAW_HEADERS: string[] = Object.freeze([]) as unknown as string[];

/**
 * What the handshake had to say (the credential, the cookie) is in `socket.data` now. The
 * upgrade request would otherwise stay referenced for the socket's whole life (engine.io
 * keeps it as `conn.request`, socket.io's handshake keeps its headers, the cookie among
 * them): with thousands of connected phones that is memory held for nothing
 * (docs/benchmarks.md, "Memory and the embedded store"). Nothing reads them later: the
 * app uses one namespace, and its credential recheck reads `socket.data`.
 *
 * engine.io's upgrade response holds the request too, until the connection closes: it
 * relays the TCP socket's `close` to itself (`socket.once("close", () => this.emit("close"))`)
 * for HTTP middlewares added with `engine.use`, which Kindred has none of. That relay is
 * removed (found by its source, so another engine.io version's is left alone; the memory-bound
 * spec then fails), and the request is emptied all the same. Of the handshake, socket.io
 * keeps the address, `issued`, `secure` and `xdomain`; the `auth` (the device's token),
 * query, URL and time string go ("Memory per connected device").
 */
export function forgetHttpRequest(socket: Pick<Socket, 'conn' | 'handshake'>): void {
  const request = (socket.conn as { request: (IncomingMessage & { _query?: unknown }) | null }).request;
  if (request) {
    dropUpgradeResponse(request.socket);
    request.headers = FORGOTTEN;
    request.rawHeaders = NO_RAW_HEADERS;
    request._query = FORGOTTEN;
    request.url = '';
  }
  (socket.conn as { request: unknown }).request = null;
  const { handshake } = socket;
  handshake.headers = FORGOTTEN;
  handshake.query = FORGOTTEN;
  handshake.auth = FORGOTTEN;
  handshake.url = '';
  handshake.time = '';
}

/** engine.io 6's relay of the TCP socket's close to its upgrade response (WebSocketResponse). */
const UPGRADE_RESPONSE_RELAY = /^\(\) => this\.emit\("close"\)$/;

function dropUpgradeResponse(tcp: Duplex | null): void {
  if (!tcp) return;
  for (const wrapper of tcp.rawListeners('close')) {
    // A `once` listener's wrapper names the listener it wraps.
    const listener = (wrapper as { listener?: (...args: unknown[]) => void }).listener;
    if (listener && UPGRADE_RESPONSE_RELAY.test(Function.prototype.toString.call(listener))) tcp.removeListener('close', listener);
  }
}
