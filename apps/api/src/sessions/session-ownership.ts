import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { JsonLogger } from '../logging/json-logger';
import { SessionStore } from './session-store';

/** How often a process looks for sessions without an owner (an owner that died). */
export const OWNERSHIP_POLL_MS = 1000;

/** A session's advisory-lock key: 64 bits of a hash of its id. */
export function lockKey(sessionId: string): string {
  return createHash('sha256').update(`kindred-session:${sessionId}`).digest().readBigInt64BE(0).toString();
}

/**
 * Which process runs a session's timers and sends its coalesced vote counts. With one
 * process it owns every session. With several (REDIS_URL set) each session's owner
 * holds a PostgreSQL advisory lock on a connection of its own: when the owner dies its
 * connection closes, the lock is released, and another process takes the session over
 * on its next poll.
 */
@Injectable()
export class SessionOwnership implements OnModuleDestroy {
  private readonly owned = new Set<string>();
  private client: Client | null = null;
  private loop: NodeJS.Timeout | null = null;
  private onAcquired: (sessionId: string) => void = () => undefined;
  private polling = false;

  constructor(
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly store: SessionStore,
    private readonly logger: JsonLogger,
  ) {}

  get clustered(): boolean {
    return this.config.redisUrl !== null && this.config.databaseUrl !== null;
  }

  owns(sessionId: string): boolean {
    return !this.clustered || this.owned.has(sessionId);
  }

  /** Starts claiming sessions; `onAcquired` runs for each session this process takes over. */
  async start(onAcquired: (sessionId: string) => void): Promise<void> {
    this.onAcquired = onAcquired;
    if (!this.clustered) return;
    this.client = new Client({ connectionString: this.config.databaseUrl! });
    this.client.on('error', (error) => this.logger.event('error', 'ownership connection failed', { error }));
    await this.client.connect();
    await this.claim();
    this.loop = setInterval(() => void this.claim(), OWNERSHIP_POLL_MS);
    this.loop.unref?.();
  }

  private async claim(): Promise<void> {
    if (this.polling || !this.client) return;
    this.polling = true;
    try {
      const active = new Set(await this.store.listActiveIds());
      for (const id of active) {
        if (this.owned.has(id)) continue;
        const rows = await this.client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [lockKey(id)]);
        if (rows.rows[0]?.locked) {
          this.owned.add(id);
          this.logger.event('info', 'session owned', { sessionId: id, pid: process.pid });
          this.onAcquired(id);
        }
      }
      for (const id of [...this.owned]) {
        if (active.has(id)) continue;
        this.owned.delete(id);
        await this.client.query(`SELECT pg_advisory_unlock($1::bigint)`, [lockKey(id)]);
      }
    } catch (error) {
      this.logger.event('warn', 'ownership poll failed', { error });
    } finally {
      this.polling = false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.loop) clearInterval(this.loop);
    this.owned.clear();
    await this.client?.end().catch(() => undefined);
  }
}
