import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/config';
import { CoreModule } from './config/config.module';
import { HandoutsModule } from './handouts/handouts.module';
import { HealthController } from './health/health.controller';
import type { JsonLogger } from './logging/json-logger';
import { PublicAddressController } from './public-address/public-address.controller';
import { RealtimeModule } from './realtime/realtime.module';
import { SeriesModule } from './series/series.module';
import { SessionsModule } from './sessions/sessions.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.register(config, dataSource, logger), AuthModule, SessionsModule, RealtimeModule, HandoutsModule, SeriesModule],
      controllers: [HealthController, PublicAddressController],
    };
  }
}
