import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SeriesModule } from '../series/series.module';
import { SessionsModule } from '../sessions/sessions.module';
import { HandoutAccess } from './handout-access';
import { HandoutStore } from './handout-store';
import { HandoutsController } from './handouts.controller';
import { HandoutsService } from './handouts.service';
import { PrivateAnswerRetention } from './private-answer-retention';
import { SessionExportsController } from './session-exports.controller';

/** Handouts (page JSON and PDF), the facilitator's print bundle and report, and private-answer retention. */
@Module({
  imports: [AuthModule, SessionsModule, SeriesModule],
  controllers: [HandoutsController, SessionExportsController],
  providers: [HandoutStore, HandoutAccess, HandoutsService, PrivateAnswerRetention],
})
export class HandoutsModule {}
