import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { JsonLogger } from '../logging/json-logger';
import { lockKey, lockKeyParts } from './lock-key';
import type { OwnerFence } from './session-store';
import { SessionStore } from './session-store';

/** How often a process checks its lock connection and looks for sessions without an owner. */
export const OWNERSHIP_POLL_MS = 1000;
export { lockKey, lockKeyParts };

/**
 * Which process runs a session's timers and sends its coalesced vote counts. With one
 * process it owns every session. With several (REDIS_URL set) each session's owner
 * holds a PostgreSQL advisory lock on a connection of its own: when the owner dies its
 * connection closes, the lock is released, and another process takes the session over
 * on its next poll.
 *
 * The lock connection heals: a heartbeat each poll finds it cut or silent, the process
 * at once stops acting as owner of everything (its timers are disarmed), reconnects,
 * ends its old backend if that still lingers (so its locks are freed) and claims
 * sessions again like any other process. Timer events are also fenced (see
 * `fenceFor`): written only while the lock is held.
 */
@Injectable()
export class SessionOwnership implements OnModuleDestroy {
  private readonly owned = new Set<string>();
  private client: Client | null = null;
  private backendPid: number | null = null;
  /** The backend of a connection we lost: ended once we are back, in case it still holds locks. */
  private staleBackendPid: number | null = null;
  private lostSince: number | null = null;
  private loop: NodeJS.Timeout | null = null;
  private onAcquired: (sessionId: string) => void = () => undefined;
  private onLost: (sessionId: string) => void = () => undefined;
  private polling = false;
  private stopped = false;

  constructor(
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly store: SessionStore,
    private readonly logger: JsonLogger,
  ) {}

  get clustered(): boolean {
    return this.config.redisUrl !== null && this.config.databaseUrl !== null;
  }

  /** For readiness: the lock connection is up (always true for a single process). */
  get healthy(): boolean {
    return !this.clustered || this.backendPid !== null;
  }

  owns(sessionId: string): boolean {
    return !this.clustered || this.owned.has(sessionId);
  }

  /** What a timer event's transaction checks so only the lock's holder writes it; null with one process. */
  fenceFor(sessionId: string): OwnerFence | null {
    if (!this.clustered) return null;
    return { ownerPid: this.backendPid ?? -1, ...lockKeyParts(sessionId) };
  }

  /** The fence failed: we are not the owner after all. */
  release(sessionId: string): void {
    if (this.owned.delete(sessionId)) this.onLost(sessionId);
  }

  /**
   * Starts claiming sessions; `onAcquired` runs for each session this process takes
   * over, `onLost` for each it stops owning.
   */
  async start(onAcquired: (sessionId: string) => void, onLost: (sessionId: string) => void = () => undefined): Promise<void> {
    this.onAcquired = onAcquired;
    this.onLost = onLost;
    if (!this.clustered) return;
    await this.tick();
    this.loop = setInterval(() => void this.tick(), OWNERSHIP_POLL_MS);
    this.loop.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      const client = this.client ?? (await this.connect());
      if (!client) return;
      try {
        await client.query('SELECT 1'); // the heartbeat: a silent connection holds no lock we can count on
      } catch (error) {
        this.lose(client, error);
        return;
      }
      await this.claim(client);
    } catch (error) {
      this.logger.event('debug', 'ownership poll failed', { error });
    } finally {
      this.polling = false;
    }
  }

  private async connect(): Promise<Client | null> {
    const timeout = this.config.databaseTimeoutMs;
    const client = new Client({ connectionString: this.config.databaseUrl!, connectionTimeoutMillis: timeout, query_timeout: timeout, keepAlive: true });
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('connection ended')));
    try {
      await client.connect();
      const rows = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      if (this.staleBackendPid !== null) {
        await client.query('SELECT pg_terminate_backend($1)', [this.staleBackendPid]);
        this.staleBackendPid = null;
      }
      if (this.stopped) throw new Error('stopping');
      this.client = client;
      this.backendPid = rows.rows[0]!.pid;
    } catch {
      destroy(client);
      return null; // quiet: the outage was logged when it began, and DatabaseHealth logs it too
    }
    if (this.lostSince !== null) {
      this.logger.event('info', 'ownership connection restored', { downMs: Date.now() - this.lostSince });
      this.lostSince = null;
    }
    return client;
  }

  /** The lock connection is gone or silent: stop acting as owner of anything, now. */
  private lose(client: Client, error: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    this.staleBackendPid = this.backendPid;
    this.backendPid = null;
    destroy(client);
    const lost = [...this.owned];
    this.owned.clear();
    for (const id of lost) this.onLost(id);
    if (this.stopped) return;
    if (this.lostSince === null) {
      this.lostSince = Date.now();
      this.logger.event('warn', 'ownership connection lost', { reason: (error as Error)?.message ?? String(error), sessionsReleased: lost.length });
    }
  }

  private async claim(client: Client): Promise<void> {
    const active = new Set(await this.store.listActiveIds());
    for (const id of active) {
      if (this.owned.has(id) || this.client !== client) continue;
      const rows = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [lockKey(id)]);
      if (rows.rows[0]?.locked && this.client === client) {
        this.owned.add(id);
        this.logger.event('info', 'session owned', { sessionId: id, pid: process.pid });
        this.onAcquired(id);
      }
    }
    for (const id of [...this.owned]) {
      if (active.has(id)) continue;
      this.owned.delete(id);
      await client.query(`SELECT pg_advisory_unlock($1::bigint)`, [lockKey(id)]);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.loop) clearInterval(this.loop);
    this.owned.clear();
    const client = this.client;
    this.client = null;
    this.backendPid = null;
    if (client) await Promise.race([client.end().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
    if (client) destroy(client);
  }
}

/** Closes a pg client's socket without waiting for a server that may never answer. */
function destroy(client: Client): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}
