import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config-token';
import { JsonLogger } from '../logging/json-logger';

/** Answers of PostgreSQL (SQLSTATE) that mean "not reachable now", not "your query is wrong". */
const UNAVAILABLE_SQLSTATES = /^(08|53|57P0)/;
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection error|Client was closed|Cannot use a pool after calling end|not queryable|statement timeout|canceling statement due to statement timeout/i;

/**
 * True when `error` says the database could not be reached or did not answer in time
 * (refused, cut, timed out), as opposed to a bug or a constraint. TypeORM wraps driver
 * errors in `QueryFailedError.driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || (code.length === 5 && UNAVAILABLE_SQLSTATES.test(code)) || code === '57014')) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Thrown (and answered `server/unavailable`) while the database is known to be away. */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The database is unavailable.');
  }
}

/** How often we check that the database answers (every half second during an outage). */
export const DATABASE_HEARTBEAT_MS = 1000;
export const DATABASE_PROBE_MS = 500;

/**
 * Knows whether the database answers. The first failure that means "unreachable" (or a
 * heartbeat `SELECT 1` left unanswered) starts an outage: one warning in the log; from
 * then on commands are answered at once with `server/unavailable` instead of each
 * waiting for its own timeout, and the probe checks every half second until the
 * database answers again (one line saying so). The embedded database lives in this
 * process and gets no heartbeat.
 */
@Injectable()
export class DatabaseHealth implements OnModuleInit, OnModuleDestroy {
  private downSince: number | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private stopped = false;
  private readonly downListeners = new Set<() => void>();

  constructor(
    private readonly db: DataSource,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    if (this.config.databaseUrl) this.schedule(DATABASE_HEARTBEAT_MS);
  }

  get available(): boolean {
    return this.downSince === null;
  }

  /** Records a failure; true when it means the database is unavailable (answer `server/unavailable`). */
  report(error: unknown): boolean {
    if (error instanceof DatabaseUnavailableError) return true;
    if (!isDatabaseUnavailable(error)) return false;
    this.failures++;
    const { message } = error as { message?: unknown };
    this.markDown(typeof message === 'string' ? message : String(error));
    return true;
  }

  /** Calls `listener` once, when the next outage starts; returns a function that cancels it. */
  onceDown(listener: () => void): () => void {
    this.downListeners.add(listener);
    return () => this.downListeners.delete(listener);
  }

  /** `SELECT 1`, given at most `timeoutMs`; true when it answered. */
  async ping(timeoutMs: number = Math.min(this.config.databaseTimeoutMs, 1500)): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([
        this.db.query('SELECT 1').then(
          () => true,
          () => false,
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private markDown(reason: string): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.logger.event('warn', 'database unavailable', { reason });
    const listeners = [...this.downListeners];
    this.downListeners.clear();
    for (const listener of listeners) listener();
    this.schedule(DATABASE_PROBE_MS);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), ms);
    this.timer.unref?.();
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const answered = await this.ping(this.downSince === null ? this.config.databaseTimeoutMs : DATABASE_PROBE_MS * 2);
      if (!answered) this.markDown(`no answer to SELECT 1 within ${this.config.databaseTimeoutMs} ms`);
      else if (this.downSince !== null) {
        this.logger.event('info', 'database available again', { downMs: Date.now() - this.downSince, failedCalls: this.failures });
        this.downSince = null;
        this.failures = 0;
      }
    } finally {
      this.checking = false;
      if (this.downSince !== null) this.schedule(DATABASE_PROBE_MS);
      else if (this.config.databaseUrl) this.schedule(DATABASE_HEARTBEAT_MS);
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopped = true;
  }
}
