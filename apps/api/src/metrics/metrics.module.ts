import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** `/metrics`: listens to the session events and the socket server; changes neither. */
@Module({
  imports: [SessionsModule],
  providers: [Metrics],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class MetricsModule {}
