import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SessionBroadcaster } from './session-broadcaster';
import { SessionGateway } from './session.gateway';
import { SocketAuthenticator } from './socket-auth';

/**
 * The socket transport: handshake auth, rooms, the gateway that hands commands to the
 * session service, and the broadcaster that listens to its events. It depends on
 * sessions/; nothing in sessions/ depends on it.
 */
@Module({
  imports: [AuthModule, SessionsModule],
  providers: [SocketAuthenticator, SessionBroadcaster, SessionGateway],
})
export class RealtimeModule {}
