import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { AppConfigToken } from './config-token';
import { DatabaseHealth } from '../database/database-health';
import { Lifecycle } from '../lifecycle/lifecycle';
import { JsonLogger } from '../logging/json-logger';
import { RateLimits } from '../security/rate-limits';

export { AppConfigToken };

/** Hands the config, the logger, the already-migrated DataSource and the rate limits to every module. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, dataSource: DataSource, logger: JsonLogger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfigToken, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: JsonLogger, useValue: logger },
        DatabaseHealth,
        Lifecycle,
        { provide: RateLimits, useFactory: () => RateLimits.fromConfig(config) },
      ],
      exports: [AppConfigToken, DataSource, JsonLogger, DatabaseHealth, Lifecycle, RateLimits],
    };
  }
}
