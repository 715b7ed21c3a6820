import { io, type Socket } from 'socket.io-client';
import { onScopeDispose, readonly, ref, shallowRef, type Ref } from 'vue';
import {
  CommandOutbox,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ClockSyncReply,
  type CommandInput,
  type OutboxResult,
  type OutboxStatus,
  type SendHooks,
  type ServerToClientEvents,
} from '@kindred/session';
import { ClockSampler } from './clockSync';

export type SocketAuth =
  | { role: 'facilitator'; sessionId: string }
  /**
   * The server knows which member (if any) from the credential itself. `language` picks the
   * agenda's; socket.io sends this object at every (re)connect, so a getter says the current one.
   */
  | { role: 'pair'; pairToken: string; language?: string }
  | { role: 'projector'; sessionId: string; projectorToken: string };

/**
 * `connecting`: first attempt; `online`; `offline`: lost, retrying on its own;
 * `refused`: the server said no (bad token, removed pair, old page), no retry.
 */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

export interface Refusal {
  code: string;
  message: string;
}

/** A command's outcome: the server's ack, or a failure before the server could answer. */
export type CommandResult = OutboxResult;
export type { OutboxStatus, SendHooks };
export type CommandSender = (command: CommandInput, hooks?: SendHooks) => Promise<CommandResult>;

export type SessionEventHandlers = { [E in keyof ServerToClientEvents]?: ServerToClientEvents[E] };

export interface SessionSocket {
  state: Readonly<Ref<ConnectionState>>;
  refusal: Readonly<Ref<Refusal | null>>;
  /** Add to Date.now() to get the server's clock. */
  clockOffsetMs: Readonly<Ref<number>>;
  /** Commands waiting to be sent or answered (kept while offline). */
  outbox: Readonly<Ref<OutboxStatus>>;
  /** Resolves with the server's answer; made offline, the command waits for the connection. */
  send: CommandSender;
  /** Ask the server to send every view again. */
  requestViews: () => void;
  close: () => void;
}

export type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SessionSocketOptions {
  url?: string;
  handlers?: SessionEventHandlers;
  /** For tests: supply the socket instead of connecting. */
  socketFactory?: (auth: SocketAuth) => TypedSocket;
  commandTimeoutMs?: number;
  clockResyncMs?: number;
}

const CLOCK_SAMPLES_PER_SYNC = 5;

// Acks come off the network: check their shape rather than trust a type.
function isClockReply(value: unknown): value is ClockSyncReply {
  const reply = value as Partial<ClockSyncReply> | null;
  return typeof reply === 'object' && reply !== null && typeof reply.serverNow === 'number' && typeof reply.clientSentAt === 'number';
}

/** Refusals that retrying can't fix: who the device is, or which session it asks for. */
export function isFinalRefusal(code: string): boolean {
  // Too many sockets on one credential passes: a dropped connection of this same phone
  // may still be counted until the server notices it is gone (under 20 s).
  if (code === 'auth/too-many-connections') return false;
  return code.startsWith('auth/') || code === 'session/not-found' || code.startsWith('protocol/') || code.startsWith('join/');
}

/** The server's reason (`{ code, message }` in the error's data); screens translate the code. */
function refusalFrom(error: Error & { data?: unknown }): Refusal {
  const data = error.data as { code?: unknown; message?: unknown } | undefined;
  const code = typeof data?.code === 'string' ? data.code : 'auth/unauthenticated';
  const message = typeof data?.message === 'string' ? data.message : error.message || 'Connection refused.';
  return { code, message };
}

/**
 * The typed socket.io connection one surface uses. Reconnects on its own; the server
 * re-sends the agenda and views after every (re)connect, so resuming is just
 * accepting them. Also keeps the server clock offset fresh.
 */
export function useSessionSocket(auth: SocketAuth, options: SessionSocketOptions = {}): SessionSocket {
  const state = ref<ConnectionState>('connecting');
  const refusal = shallowRef<Refusal | null>(null);
  const clockOffsetMs = ref(0);
  const sampler = new ClockSampler();
  const commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
  let closed = false;
  let resyncTimer: ReturnType<typeof setInterval> | undefined;

  const socket: TypedSocket =
    options.socketFactory?.(auth) ??
    io(options.url ?? '/', { path: '/socket.io', auth, transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 });

  for (const [event, handler] of Object.entries(options.handlers ?? {})) {
    // The mapped type guarantees each handler matches its event.
    socket.on(event as keyof ServerToClientEvents, handler);
  }

  async function syncClock(): Promise<void> {
    for (let i = 0; i < CLOCK_SAMPLES_PER_SYNC && socket.connected; i++) {
      try {
        const clientSentAt = Date.now();
        const reply: unknown = await socket.timeout(3000).emitWithAck('clock.sync', clientSentAt);
        if (!isClockReply(reply)) return;
        const offset = sampler.add({ clientSentAt: reply.clientSentAt, serverNow: reply.serverNow, clientReceivedAt: Date.now() });
        if (offset !== null) clockOffsetMs.value = offset;
      } catch {
        return;
      }
    }
  }

  const outboxStatus = shallowRef<OutboxStatus>({ waiting: 0, held: null });
  const outbox = new CommandOutbox(
    {
      // The browser's own offline event counts: the socket may not have noticed the dead network yet.
      isOnline: () => socket.connected && state.value === 'online',
      emit: (payload) => socket.timeout(commandTimeoutMs).emitWithAck('command', payload),
    },
    { onStatus: (status) => (outboxStatus.value = status) },
  );

  socket.on('connect', () => {
    state.value = 'online';
    refusal.value = null;
    outbox.resume();
    void syncClock();
  });
  socket.on('session.hello', (hello) => {
    clockOffsetMs.value = sampler.offset() ?? hello.serverNow - Date.now();
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      refusal.value = { code: 'protocol/version-mismatch', message: 'This page is out of date. Please reload it.' };
      state.value = 'refused';
      socket.disconnect();
    }
  });
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** socket.io gives up after a server-side disconnect or a middleware error; we retry those ourselves. */
  function retrySoon(): void {
    if (closed || retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (!closed && !socket.connected && state.value !== 'refused') socket.connect();
    }, 3000);
  }

  socket.on('disconnect', (reason) => {
    if (closed || state.value === 'refused') return;
    state.value = 'offline';
    // The server closed this socket (e.g. a restart or a removed pair): ask again; a real refusal says so.
    if (reason === 'io server disconnect') retrySoon();
  });
  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    if (socket.active) {
      // A network problem: socket.io keeps retrying.
      if (state.value !== 'connecting') state.value = 'offline';
      return;
    }
    const reason = refusalFrom(error);
    if (isFinalRefusal(reason.code)) {
      refusal.value = reason;
      state.value = 'refused';
    } else {
      // Rate limits and server hiccups pass: keep trying.
      state.value = 'offline';
      retrySoon();
    }
  });

  resyncTimer = setInterval(() => void syncClock(), options.clockResyncMs ?? 60_000);

  const onBrowserOffline = () => {
    if (state.value === 'online') state.value = 'offline';
  };
  /**
   * The network is back. A short loss often leaves the socket looking connected: check
   * it answers, then take fresh views and send what waited; a dead one is replaced.
   */
  const stopped = (): boolean => closed || state.value === 'refused';
  const onBrowserOnline = async () => {
    if (stopped()) return;
    if (!socket.connected) {
      socket.connect();
      return;
    }
    try {
      await socket.timeout(3000).emitWithAck('clock.sync', Date.now());
    } catch {
      if (stopped()) return;
      socket.disconnect();
      socket.connect();
      return;
    }
    if (stopped() || !socket.connected) return;
    state.value = 'online';
    socket.emit('view.request');
    outbox.resume();
  };
  const onOnlineEvent = () => void onBrowserOnline();
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', onBrowserOffline);
    window.addEventListener('online', onOnlineEvent);
  }

  function close(): void {
    if (closed) return;
    closed = true;
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    if (resyncTimer !== undefined) clearInterval(resyncTimer);
    resyncTimer = undefined;
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', onBrowserOffline);
      window.removeEventListener('online', onOnlineEvent);
    }
    outbox.close();
    socket.removeAllListeners();
    socket.disconnect();
  }

  onScopeDispose(close);

  return {
    state: readonly(state),
    refusal: readonly(refusal),
    clockOffsetMs: readonly(clockOffsetMs),
    outbox: readonly(outboxStatus),
    send: (command, hooks) => outbox.send(command, hooks),
    requestViews: () => socket.emit('view.request'),
    close,
  };
}
