import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { JsonLogger } from '../logging/json-logger';
import { RateLimits } from '../security/rate-limits';

export const AppConfigToken = Symbol('AppConfig');

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
        { provide: RateLimits, useFactory: () => RateLimits.fromConfig(config) },
      ],
      exports: [AppConfigToken, DataSource, JsonLogger, RateLimits],
    };
  }
}
