import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';

@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  /** Liveness and database status, for load balancers and the CI smoke test. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await this.db.query('SELECT 1');
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: { status: 'up', engine: this.config.databaseUrl ? 'postgres' : 'embedded', latencyMs: Date.now() - started },
      });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down' } });
    }
  }
}
