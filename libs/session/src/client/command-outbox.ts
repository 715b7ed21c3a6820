import type { CommandInput } from '../protocol/commands';
import type { CommandAck, CommandPayload } from '../protocol/socket-events';

/** Failures the client itself reports: the server never answered, or answered nonsense. */
export type OutboxFailure = { ok: false; code: 'client/timeout' | 'client/bad-response' | 'client/closed'; message: string };
export type OutboxResult = CommandAck | OutboxFailure;

/** Why commands are waiting: the device is offline, or the server said it can't save right now. */
export type OutboxHold = 'offline' | 'unavailable';

export interface OutboxStatus {
  /** Commands made but not yet answered for good. */
  waiting: number;
  /** Set while the first of them is held back rather than on its way. */
  held: OutboxHold | null;
}

/** How the outbox reaches the server; the web app wraps its socket.io socket in this. */
export interface OutboxTransport {
  /** True when a command sent now can reach the server. */
  isOnline(): boolean;
  /** Sends one command; resolves with the raw ack, rejects when none came in time. */
  emit(payload: CommandPayload): Promise<unknown>;
}

export interface OutboxOptions {
  newId?: () => string;
  /** Pauses before each retry of a command the server answered `server/unavailable`; the last repeats. */
  retryDelaysMs?: readonly number[];
  /** Sends while online that get no ack before the outbox reports a timeout. */
  maxSilentAttempts?: number;
  onStatus?: (status: OutboxStatus) => void;
}

export interface SendHooks {
  /** Called once if the command is kept for later instead of sent now. */
  onHeld?: (why: OutboxHold) => void;
}

interface Entry {
  payload: CommandPayload & { commandId: string };
  hooks: SendHooks;
  silentAttempts: number;
  retries: number;
  heldReported: boolean;
  resolve: (result: OutboxResult) => void;
}

const RETRYABLE = 'server/unavailable';

/**
 * A random (version 4) UUID. Not `crypto.randomUUID()`: browsers offer it only on
 * secure origins, and phones in a room often open Kindred over plain http on the LAN.
 */
export function randomCommandId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isCommandAck(value: unknown): value is CommandAck {
  const ack = value as { ok?: unknown; seq?: unknown; code?: unknown } | null;
  if (typeof ack !== 'object' || ack === null) return false;
  return ack.ok === true ? typeof ack.seq === 'number' : ack.ok === false && typeof ack.code === 'string';
}

/**
 * Every command a device makes goes through here. Each gets a `commandId` once; it is
 * sent in order, one at a time, and kept while the device is offline or the server
 * answers `server/unavailable`, then sent again with the same id, so the server
 * (which remembers ids it applied) applies it exactly once however often it arrives.
 */
export class CommandOutbox {
  private readonly queue: Entry[] = [];
  private pumping = false;
  private held: OutboxHold | null = null;
  private closed = false;
  private wake: (() => void) | null = null;
  private readonly newId: () => string;
  private readonly retryDelaysMs: readonly number[];
  private readonly maxSilentAttempts: number;

  constructor(
    private readonly transport: OutboxTransport,
    private readonly options: OutboxOptions = {},
  ) {
    this.newId = options.newId ?? randomCommandId;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 4000, 8000];
    this.maxSilentAttempts = options.maxSilentAttempts ?? 3;
  }

  get status(): OutboxStatus {
    return { waiting: this.queue.length, held: this.held };
  }

  /** Resolves with the server's answer once it has one for good (possibly after a reconnection). */
  send(command: CommandInput, hooks: SendHooks = {}): Promise<OutboxResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'client/closed', message: 'This page stopped sending.' });
    return new Promise((resolve) => {
      this.queue.push({ payload: { ...command, commandId: this.newId() }, hooks, silentAttempts: 0, retries: 0, heldReported: false, resolve });
      this.report();
      void this.pump();
    });
  }

  /** The connection is back (or fresh): send what was kept, now. */
  resume(): void {
    if (this.wake) this.wake();
    else void this.pump();
  }

  /** The page is going away: whatever is still waiting will not be sent. */
  close(): void {
    this.closed = true;
    this.wake?.();
    for (const entry of this.queue.splice(0)) entry.resolve({ ok: false, code: 'client/closed', message: 'This page stopped sending.' });
    this.report();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let entry = this.queue[0]; !this.closed && entry; entry = this.queue[0]) {
        if (!this.transport.isOnline()) {
          this.hold(entry, 'offline');
          return; // resume() starts again
        }
        if (this.held) {
          this.held = null; // on its way again
          this.report();
        }
        let raw: unknown;
        try {
          raw = await this.transport.emit(entry.payload);
        } catch {
          // No ack: the network may have dropped under us. Offline: kept; online: the same id again.
          if (this.transport.isOnline() && ++entry.silentAttempts >= this.maxSilentAttempts) {
            this.finish(entry, { ok: false, code: 'client/timeout', message: 'The server did not answer in time.' });
          }
          continue;
        }
        if (!isCommandAck(raw)) {
          this.finish(entry, { ok: false, code: 'client/bad-response', message: 'The server sent an unreadable answer.' });
        } else if (!raw.ok && raw.code === RETRYABLE) {
          this.hold(entry, 'unavailable');
          const delays = this.retryDelaysMs;
          await this.pause(delays[Math.min(entry.retries++, delays.length - 1)] ?? 1000);
        } else {
          this.finish(entry, raw);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Waits before a retry; resume() or close() cut it short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private hold(entry: Entry, why: OutboxHold): void {
    if (!entry.heldReported) {
      entry.heldReported = true;
      entry.hooks.onHeld?.(why);
    }
    this.held = why;
    this.report();
  }

  private finish(entry: Entry, result: OutboxResult): void {
    this.queue.shift();
    this.held = null;
    entry.resolve(result);
    this.report();
  }

  private report(): void {
    this.options.onStatus?.(this.status);
  }
}
