import { Injectable } from '@nestjs/common';

/**
 * The process's stop, as the rest of the app sees it. On SIGTERM the server starts
 * draining: no new sockets (the listener closes) and no new commands (answered
 * `server/unavailable`, which clients retry elsewhere); the commands already in flight
 * finish, and whatever is still unanswered at the deadline gets the retryable code, so
 * no device is left waiting for an ack that never comes.
 */
@Injectable()
export class Lifecycle {
  private drainingSince: number | null = null;
  /** In-flight work, each with the answer it gets if the grace time runs out first. */
  private readonly inFlight = new Set<() => void>();
  private readonly drainHooks: (() => void)[] = [];

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Registers work in flight; call the returned function when it is answered. */
  begin(answerUnavailable: () => void): () => void {
    this.inFlight.add(answerUnavailable);
    return () => this.inFlight.delete(answerUnavailable);
  }

  /** Runs `hook` when draining starts (the gateway stops serving, for instance). */
  onDrain(hook: () => void): void {
    this.drainHooks.push(hook);
  }

  startDraining(): void {
    if (this.drainingSince !== null) return;
    this.drainingSince = Date.now();
    for (const hook of this.drainHooks) hook();
  }

  /** Resolves when nothing is in flight, or at `deadline` (epoch ms), whichever comes first. */
  async settled(deadline: number): Promise<boolean> {
    while (this.inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.inFlight.size === 0;
  }

  /** Answers everything still in flight with the retryable code; returns how many. */
  abandonInFlight(): number {
    const left = [...this.inFlight];
    this.inFlight.clear();
    for (const answer of left) answer();
    return left.length;
  }
}
