import { Injectable } from '@nestjs/common';

/** Messages between API processes about sessions. */
export interface ClusterMessages {
  /** A process appended events to a session's log: others catch their caches up. */
  'kindred:changed': (sessionId: string, seq: number) => void;
  /** A process stored ballots: others reload that poll's ballots; the owner sends counts. */
  'kindred:ballots': (sessionId: string, pollId: string) => void;
  /** A process rewrote a session's log in place (retention purge): others rebuild their caches from it. */
  'kindred:rewritten': (sessionId: string) => void;
}

type MessageName = keyof ClusterMessages;

/** Checks a message's arguments as they arrive from another process. */
const argumentsAreValid: { [K in MessageName]: (args: unknown[]) => args is Parameters<ClusterMessages[K]> } = {
  'kindred:changed': (args): args is [string, number] => typeof args[0] === 'string' && typeof args[1] === 'number',
  'kindred:ballots': (args): args is [string, string] => typeof args[0] === 'string' && typeof args[1] === 'string',
  'kindred:rewritten': (args): args is [string] => typeof args[0] === 'string',
};

/** Whether the link between processes (Redis) carries messages right now. */
export interface ClusterLink {
  readonly up: boolean;
  /** Called on every change of `up`. */
  onChange(listener: (up: boolean) => void): void;
}

/** While the link is down, how often each process reads what changed from PostgreSQL. */
export const FALLBACK_POLL_MS = 1000;

/** What carries the messages between processes: the realtime layer plugs in socket.io's server-side emits. */
export interface ClusterTransport {
  emit(event: string, ...args: unknown[]): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/**
 * How the session service tells other API processes what changed and hears what they
 * changed. It lives on the service's side; the transport is plugged in from outside
 * (realtime/socket-io-cluster-transport.ts), so the dependency points from realtime to
 * sessions. With one process nothing is plugged in and it is silent: there is nobody
 * to tell.
 */
@Injectable()
export class ClusterChannel {
  private transport: ClusterTransport | null = null;
  private readonly handlers: { [K in MessageName]?: ClusterMessages[K] } = {};
  private link: ClusterLink | null = null;
  private fallback: (() => Promise<void>) | null = null;
  private fallbackTimer: NodeJS.Timeout | null = null;
  private polling = false;

  /** The Redis link; while it is down, the fallback runs every FALLBACK_POLL_MS, and once more when it is back. */
  useLink(link: ClusterLink): void {
    this.link = link;
    link.onChange((up) => {
      if (!up) this.startFallback();
      else this.stopFallback();
    });
  }

  /** What keeps this process's devices current while messages between processes can't flow. */
  whileLinkDown(poll: () => Promise<void>): void {
    this.fallback = poll;
    if (this.link && !this.link.up) this.startFallback();
  }

  get linkUp(): boolean {
    return this.link?.up ?? true;
  }

  close(): void {
    if (this.fallbackTimer) clearInterval(this.fallbackTimer);
    this.fallbackTimer = null;
    this.fallback = null;
  }

  private startFallback(): void {
    if (this.fallbackTimer) return;
    this.fallbackTimer = setInterval(() => void this.runFallback(), FALLBACK_POLL_MS);
    this.fallbackTimer.unref?.();
  }

  private stopFallback(): void {
    if (this.fallbackTimer) clearInterval(this.fallbackTimer);
    this.fallbackTimer = null;
    // Messages sent while the link was coming back may be lost: one last look.
    void this.runFallback();
  }

  private async runFallback(): Promise<void> {
    if (this.polling || !this.fallback) return;
    this.polling = true;
    try {
      await this.fallback();
    } catch {
      // The database may be away too; DatabaseHealth says so once.
    } finally {
      this.polling = false;
    }
  }

  connect(transport: ClusterTransport): void {
    this.transport = transport;
    for (const name of Object.keys(argumentsAreValid) as MessageName[]) {
      transport.on(name, (...args) => this.deliver(name, args));
    }
  }

  on<K extends MessageName>(event: K, handler: ClusterMessages[K]): void {
    this.handlers[event] = handler;
  }

  send<K extends MessageName>(event: K, ...args: Parameters<ClusterMessages[K]>): void {
    this.transport?.emit(event, ...args);
  }

  private deliver(name: MessageName, args: unknown[]): void {
    const handler = this.handlers[name] as ((...a: unknown[]) => void) | undefined;
    if (handler && argumentsAreValid[name](args)) handler(...args);
  }
}
