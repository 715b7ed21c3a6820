import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { SessionsModule } from '../sessions/sessions.module';
import { AuditInterceptor, AuditTrail } from './audit-trail';

/** The audit trail: `audit_log` rows and `"audit": true` log lines (docs/operations.md). */
@Module({
  imports: [SessionsModule],
  providers: [AuditTrail, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditTrail],
})
export class AuditModule {}
