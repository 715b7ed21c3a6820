import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { SessionsModule } from '../sessions/sessions.module';
import { PairSeriesController, SessionSeriesController } from './series.controller';
import { SeriesService } from './series.service';
import { SeriesStore } from './series-store';

/** Linked series (evenings, returning pairs, earlier commitments, attendance) on top of ordinary sessions. */
@Module({
  imports: [AuthModule, SessionsModule],
  controllers: [SessionSeriesController, PairSeriesController],
  providers: [SeriesStore, SeriesService, PlanCatalogue],
  exports: [SeriesService],
})
export class SeriesModule {}
