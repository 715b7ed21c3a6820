import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AuditTrail } from '../audit/audit-trail';
import { JsonLogger } from '../logging/json-logger';
import { LiveSessionsService } from '../sessions/live-sessions.service';
import { HandoutStore } from './handout-store';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes private answers N days after a session ended, when its facilitator chose N
 * (`privateRetentionDays`). Runs at start and then hourly; a day-granular promise
 * doesn't need a finer clock, and a missed hour is caught up by the next run.
 */
@Injectable()
export class PrivateAnswerRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: HandoutStore,
    private readonly live: LiveSessionsService,
    private readonly logger: JsonLogger,
    private readonly audit: AuditTrail,
  ) {}

  onApplicationBootstrap(): void {
    this.runInBackground();
    this.interval = setInterval(() => this.runInBackground(), HOUR_MS);
    // A pending purge must not keep a stopping process alive.
    this.interval.unref();
  }

  /** Waits for a run in progress so the database isn't closed under it. */
  async onModuleDestroy(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running;
  }

  /** Purges every session whose retention ran out by `now`; returns their ids. */
  async purgeExpiredPrivateAnswers(now: Date): Promise<string[]> {
    const purged: string[] = [];
    for (const sessionId of await this.store.sessionsDueForPurge(now)) {
      if (!(await this.store.redactPrivateAnswers(sessionId, now))) continue;
      // Every process's cached state still holds the texts; rebuild them from the redacted log.
      await this.live.logRewritten(sessionId);
      this.audit.record({ action: 'private-answers.purged', actor: { kind: 'server' }, sessionId, details: { by: 'retention' } });
      purged.push(sessionId);
    }
    if (purged.length > 0) this.logger.event('info', 'private answers deleted after retention period', { sessions: purged.length });
    return purged;
  }

  private runInBackground(): void {
    this.running = this.running
      .then(() => this.purgeExpiredPrivateAnswers(new Date()))
      .catch((error: unknown) => this.logger.event('error', 'private answer purge failed', { error }));
  }
}
