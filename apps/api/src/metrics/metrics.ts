import { Inject, Injectable } from '@nestjs/common';
import { COMMAND_TYPES, ERROR_MESSAGES, type AudienceKind } from '@kindred/session';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Server } from 'socket.io';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config-token';
import { SessionEventBus } from '../sessions/session-events';

/**
 * What an operator's Prometheus scrapes from `/metrics` (docs/operations.md lists it).
 * Privacy rule: a label value is always one of a fixed, published set (a command
 * type, an error code, a role, an outcome); nothing a person typed or was given (names,
 * join codes, answers, emails, ids) can become one. Unknown values collapse to "other".
 * One registry per server (not prom-client's global one), so several servers in one
 * test process don't collide.
 */
const AUDIENCES: readonly AudienceKind[] = ['facilitator', 'pair', 'member', 'projector'];
const KNOWN_COMMANDS = new Set<string>(COMMAND_TYPES);
const KNOWN_CODES = new Set<string>(Object.keys(ERROR_MESSAGES));
/** Codes that mean "the server could not", not "the command was refused". */
const SERVER_FAILURES = new Set(['server/error', 'server/unavailable']);

export const commandTypeLabel = (type: unknown): string => (typeof type === 'string' && KNOWN_COMMANDS.has(type) ? type : 'other');
export const errorCodeLabel = (code: unknown): string => (typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'other');

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private io: Server | null = null;

  private readonly commands = new Counter({
    name: 'kindred_commands_total',
    help: 'Socket commands answered, by command type and outcome (ok, rejected, failed).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly rejections = new Counter({
    name: 'kindred_command_rejections_total',
    help: 'Commands answered with an error, by its stable code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly commandSeconds = new Histogram({
    name: 'kindred_command_duration_seconds',
    help: 'From a command arriving on a socket to its answer (validation, the engine, the database write).',
    labelNames: ['type'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly fanoutSeconds = new Histogram({
    name: 'kindred_fanout_duration_seconds',
    help: "From a session change being committed to this process having handed every device's view to socket.io.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  constructor(
    events: SessionEventBus,
    private readonly db: DataSource,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: '' });
    // Subscribed in the constructor, before the broadcaster's onModuleInit: the bus calls
    // listeners in order, so this one starts the clock and the setImmediate stops it
    // after the broadcaster's (synchronous) emits.
    events.subscribe((event) => {
      if (event.type !== 'session.changed') return;
      const stop = this.fanoutSeconds.startTimer();
      setImmediate(stop);
    });
    const devices: Gauge<'role'> = new Gauge({
      name: 'kindred_connected_devices',
      help: 'Sockets connected to this process, by role.',
      labelNames: ['role'] as const,
      registers: [this.registry],
      collect: () => {
        const counts = new Map<string, number>(AUDIENCES.map((a) => [a, 0]));
        for (const socket of this.io?.of('/').sockets.values() ?? []) {
          const audience = (socket.data as { identity?: { audience?: string } }).identity?.audience;
          if (audience && counts.has(audience)) counts.set(audience, counts.get(audience)! + 1);
        }
        for (const [role, n] of counts) devices.set({ role }, n);
      },
    });
    const sessions: Gauge<'status'> = new Gauge({
      name: 'kindred_live_sessions',
      help: 'Sessions in the lobby or running (all processes: read from the database).',
      labelNames: ['status'] as const,
      registers: [this.registry],
      collect: async () => {
        const rows = await this.timed(
          this.db.query<{ status: string; n: number }[]>(`SELECT status, count(*)::int AS n FROM live_sessions WHERE status IN ('lobby', 'running') GROUP BY status`),
        );
        if (!rows) return; // the database did not answer: leave the series out rather than report 0
        for (const status of ['lobby', 'running']) sessions.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
      },
    });
    const pool: Gauge<'state'> = new Gauge({
      name: 'kindred_db_pool_connections',
      help: "This process's database connections, by state (busy, idle, waiting requests, max).",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect: () => {
        const pg = this.pool();
        if (!pg) return;
        pool.set({ state: 'busy' }, pg.totalCount - pg.idleCount);
        pool.set({ state: 'idle' }, pg.idleCount);
        pool.set({ state: 'waiting' }, pg.waitingCount);
        if (pg.options?.max) pool.set({ state: 'max' }, pg.options.max);
      },
    });
  }

  /** Watches a socket.io server's commands: called once when the server is made. */
  instrument(io: Server): void {
    this.io = io;
    io.on('connection', (socket) => {
      socket.use((packet, next) => {
        const [event, payload] = packet as unknown[];
        const last = packet.length - 1;
        const ack = packet[last] as unknown;
        if (event === 'command' && typeof ack === 'function') {
          const type = commandTypeLabel((payload as { type?: unknown } | null)?.type);
          const stop = this.commandSeconds.startTimer({ type });
          packet[last] = (result: { ok?: unknown; code?: unknown } | undefined) => {
            stop();
            this.recordAnswer(type, result);
            (ack as (r: unknown) => void)(result);
          };
        }
        next();
      });
    });
  }

  /** Exported for tests: how one answer is counted. */
  recordAnswer(type: string, result: { ok?: unknown; code?: unknown } | undefined): void {
    if (result?.ok === true) {
      this.commands.inc({ type, outcome: 'ok' });
      return;
    }
    const code = errorCodeLabel(result?.code);
    this.commands.inc({ type, outcome: SERVER_FAILURES.has(code) ? 'failed' : 'rejected' });
    this.rejections.inc({ code });
  }

  /** METRICS_TOKEN; null: metrics are off. */
  get token(): string | null {
    return this.config.metricsToken;
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private pool(): PgPool | null {
    const driver = this.db.driver as unknown as { master?: PgPool };
    return driver.master && typeof driver.master.totalCount === 'number' ? driver.master : null;
  }

  /** A scrape must not hang on a database that stopped answering. */
  private async timed<T>(query: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.min(1000, this.config.databaseTimeoutMs))));
    try {
      return await Promise.race([query.catch(() => null), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
