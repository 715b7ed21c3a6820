import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { DatabaseHealth } from '../database/database-health';
import { MIGRATIONS } from '../database/migrations';
import { Lifecycle } from '../lifecycle/lifecycle';
import { ClusterChannel } from '../sessions/cluster-channel';
import { SessionOwnership } from '../sessions/session-ownership';

/** Every readiness check gets at most this long, so a silent database still gets a quick 503. */
export const READY_TIMEOUT_MS = 1500;

type Check = { status: 'up' | 'down' | 'off' } & Record<string, unknown>;

/**
 * `/health/live`: the process runs (restart it if not). `/health/ready`: it can serve
 * (send it traffic if so): the database answers within READY_TIMEOUT_MS with every
 * migration applied, and, when configured, Redis and the session-ownership connection
 * are up; a stopping process is not ready. `/health` is the readiness answer too.
 */
@Controller('health')
export class HealthController {
  private readonly migrationNames = MIGRATIONS.map((m) => m.name);

  constructor(
    private readonly db: DataSource,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly lifecycle: Lifecycle,
    private readonly bus: ClusterChannel,
    private readonly ownership: SessionOwnership,
    private readonly database: DatabaseHealth,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    await this.readiness(res);
  }

  /** Kept for older scripts and load balancers: the same as /health/ready. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    await this.readiness(res);
  }

  private async readiness(res: Response): Promise<void> {
    const database = await this.checkDatabase();
    const redis: Check = this.config.redisUrl ? { status: this.bus.linkUp ? 'up' : 'down' } : { status: 'off' };
    const ownership: Check = this.ownership.clustered ? { status: this.ownership.healthy ? 'up' : 'down' } : { status: 'off' };
    const draining = this.lifecycle.draining;
    const ok = !draining && database.status === 'up' && redis.status !== 'down' && ownership.status !== 'down';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .set('Cache-Control', 'no-store')
      .json({ status: ok ? 'ok' : draining ? 'stopping' : 'error', database, redis, ownership });
  }

  private async checkDatabase(): Promise<Check> {
    const engine = this.config.databaseUrl ? 'postgres' : 'embedded';
    // Until the outage is over for the commands too, not ready: the two never disagree.
    if (!this.database.available) return { status: 'down', engine, reason: 'outage in progress' };
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS)));
    const query = this.db.query<{ name: string }[]>('SELECT name FROM schema_migrations').then(
      (rows) => rows.map((r) => r.name),
      () => null,
    );
    try {
      const applied = await Promise.race([query, timeout]);
      if (applied === 'timeout') return { status: 'down', engine, reason: `no answer within ${READY_TIMEOUT_MS} ms` };
      if (applied === null) return { status: 'down', engine, reason: 'not reachable' };
      const pending = this.migrationNames.filter((name) => !applied.includes(name));
      if (pending.length > 0) return { status: 'down', engine, reason: 'migrations not applied', pending };
      return { status: 'up', engine, latencyMs: Date.now() - started };
    } finally {
      clearTimeout(timer);
    }
  }
}
