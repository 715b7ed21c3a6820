import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { FanoutLink } from './redis-fanout';

/** While Redis is away, how often each process reads what changed from PostgreSQL. */
export const FALLBACK_POLL_MS = 1000;

/** Messages between API processes (through the socket.io Redis adapter's server-side emits). */
export interface ClusterMessages {
  /** A process appended events to a session's log: others catch their caches up. */
  'kindred:changed': (sessionId: string, seq: number) => void;
  /** A process stored ballots: others reload that poll's ballots; the owner sends counts. */
  'kindred:ballots': (sessionId: string, pollId: string) => void;
}

type Handlers = { [K in keyof ClusterMessages]?: ClusterMessages[K] };

/**
 * Tells the other API processes what changed. With one process (no REDIS_URL) it is
 * silent: there is nobody to tell.
 */
@Injectable()
export class ClusterBus {
  private io: Server | null = null;
  private clustered = false;
  private readonly handlers: Handlers = {};
  private link: FanoutLink | null = null;
  private fallback: (() => Promise<void>) | null = null;
  private fallbackTimer: NodeJS.Timeout | null = null;
  private polling = false;

  /** The Redis link; while it is down, the fallback runs every FALLBACK_POLL_MS, and once more when it is back. */
  useLink(link: FanoutLink): void {
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

  close(): void {
    if (this.fallbackTimer) clearInterval(this.fallbackTimer);
    this.fallbackTimer = null;
    this.fallback = null;
  }

  attach(io: Server, clustered: boolean): void {
    this.io = io;
    this.clustered = clustered;
    if (!clustered) return;
    io.on('kindred:changed', (sessionId: unknown, seq: unknown) => {
      if (typeof sessionId === 'string' && typeof seq === 'number') this.handlers['kindred:changed']?.(sessionId, seq);
    });
    io.on('kindred:ballots', (sessionId: unknown, pollId: unknown) => {
      if (typeof sessionId === 'string' && typeof pollId === 'string') this.handlers['kindred:ballots']?.(sessionId, pollId);
    });
  }

  get isClustered(): boolean {
    return this.clustered;
  }

  on<K extends keyof ClusterMessages>(event: K, handler: ClusterMessages[K]): void {
    this.handlers[event] = handler;
  }

  changed(sessionId: string, seq: number): void {
    if (this.clustered) this.io?.serverSideEmit('kindred:changed', sessionId, seq);
  }

  ballots(sessionId: string, pollId: string): void {
    if (this.clustered) this.io?.serverSideEmit('kindred:ballots', sessionId, pollId);
  }
}
