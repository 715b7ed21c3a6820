import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';

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
