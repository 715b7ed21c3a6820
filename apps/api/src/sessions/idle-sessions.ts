import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { JsonLogger } from '../logging/json-logger';
import { LiveSessionsService } from './live-sessions.service';
import { SessionOwnership } from './session-ownership';
import { SessionStore } from './session-store';

/** How often open sessions are checked; an idle limit counts in hours, so a minute is fine. */
export const IDLE_SWEEP_MS = 60_000;

/** A very short limit (tests, demos) is checked more often: a quarter of it, at least every 250 ms. */
export function sweepEveryMs(idleMs: number): number {
  return Math.min(IDLE_SWEEP_MS, Math.max(250, Math.round(idleMs / 4)));
}

/**
 * Ends sessions left open with nothing happening for `SESSION_IDLE_HOURS` (a facilitator
 * who closed the laptop without "End the session"). It sends the engine's own
 * `session.end` as the system actor, so the effects are those of the button: the open
 * poll closes, every screen shows the end, the session leaves the open list. With
 * several processes only a session's owner ends it, so it ends once.
 */
@Injectable()
export class IdleSessions implements OnApplicationBootstrap, OnModuleDestroy {
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly store: SessionStore,
    private readonly live: LiveSessionsService,
    private readonly ownership: SessionOwnership,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.runInBackground();
    this.interval = setInterval(() => this.runInBackground(), sweepEveryMs(this.config.sessionIdleMs));
    this.interval.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running;
  }

  /** Ends every idle session this process owns; returns the ids it ended. */
  async endIdleSessions(now: Date): Promise<string[]> {
    const ended: string[] = [];
    for (const sessionId of await this.store.listIdleIds(new Date(now.getTime() - this.config.sessionIdleMs))) {
      if (!this.ownership.owns(sessionId)) continue;
      const ack = await this.live.execute(sessionId, { kind: 'system' }, { type: 'session.end' });
      if (!ack.ok) continue;
      ended.push(sessionId);
      this.logger.event('info', 'idle session ended', { sessionId, pid: process.pid, idleHours: this.config.sessionIdleMs / 3_600_000 });
    }
    return ended;
  }

  private runInBackground(): void {
    this.running = this.running
      .then(() => this.endIdleSessions(new Date()))
      .catch((error: unknown) => this.logger.event('error', 'idle session sweep failed', { error }));
  }
}
