import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { PlansController } from '../plans/plans.controller';
import { ClusterChannel } from './cluster-channel';
import { IdleSessions } from './idle-sessions';
import { JoinController } from './join.controller';
import { LiveSessionReader, SessionCommandRunner } from './live-session-ports';
import { PairDeviceStore } from './pair-device-store';
import { PairDevicesController } from './pair-devices.controller';
import { LiveSessionsService } from './live-sessions.service';
import { SessionEventBus } from './session-events';
import { SessionOwnership } from './session-ownership';
import { SessionAgendas } from './session-agendas';
import { SessionCopies } from './session-copies';
import { SessionSettingsStore } from './session-settings-store';
import { SessionStore } from './session-store';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SessionTeam } from './session-team';
import { TeamController } from './team.controller';

/**
 * Sessions over HTTP and the live-session service. It publishes `session.changed` on
 * SessionEventBus and offers LiveSessionReader/SessionCommandRunner to transports; it
 * imports nothing from realtime/.
 */
@Module({
  imports: [AuthModule],
  controllers: [PlansController, SessionsController, JoinController, PairDevicesController, TeamController],
  providers: [
    PlanCatalogue,
    SessionStore,
    PairDeviceStore,
    SessionOwnership,
    SessionEventBus,
    ClusterChannel,
    LiveSessionsService,
    { provide: LiveSessionReader, useExisting: LiveSessionsService },
    { provide: SessionCommandRunner, useExisting: LiveSessionsService },
    SessionsService,
    SessionSettingsStore,
    SessionCopies,
    SessionTeam,
    IdleSessions,
    SessionAgendas,
  ],
  exports: [
    SessionTeam,SessionStore, LiveSessionsService, SessionAgendas, LiveSessionReader, SessionCommandRunner, SessionEventBus, ClusterChannel, SessionsService, IdleSessions, SessionOwnership],
})
export class SessionsModule {}
