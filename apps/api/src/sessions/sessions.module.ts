import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { PlansController } from '../plans/plans.controller';
import { SessionBroadcaster } from '../realtime/session-broadcaster';
import { SessionGateway } from '../realtime/session.gateway';
import { SocketAuthenticator } from '../realtime/socket-auth';
import { ClusterBus } from '../realtime/cluster-bus';
import { JoinController } from './join.controller';
import { PairDeviceStore } from './pair-device-store';
import { PairDevicesController } from './pair-devices.controller';
import { LiveSessionsService } from './live-sessions.service';
import { SessionOwnership } from './session-ownership';
import { SessionStore } from './session-store';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuthModule],
  controllers: [PlansController, SessionsController, JoinController, PairDevicesController],
  providers: [PlanCatalogue, SessionStore, PairDeviceStore, SessionOwnership, ClusterBus, LiveSessionsService, SessionsService, SessionBroadcaster, SocketAuthenticator, SessionGateway],
  exports: [SessionStore, LiveSessionsService, SessionsService],
})
export class SessionsModule {}
