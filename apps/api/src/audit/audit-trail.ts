import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@kindred/session';
import type { Request } from 'express';
import { tap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Facilitator } from '../auth/auth.service';
import { JsonLogger } from '../logging/json-logger';
import { SessionEventBus } from '../sessions/session-events';
import { writeAudit, type AuditActor, type AuditEntry } from './audit-log';

/**
 * Writes the audit trail (see audit-log.ts) from what already happens: the session
 * service's events (a session ended, a pair removed) and the facilitator's HTTP
 * actions (a session created, handouts or the report downloaded), matched by
 * controller method so no controller changes. A failed write is logged, never
 * turned into a failed request: the action has already happened.
 */
@Injectable()
export class AuditTrail implements OnModuleInit, OnModuleDestroy {
  private unsubscribe: (() => void) | null = null;
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly logger: JsonLogger,
    private readonly events: SessionEventBus,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => {
      if (event.type === 'session.ended') {
        this.record({ action: 'session.ended', actor: auditActor(event.actor), sessionId: event.session.id, details: { reason: event.actor.kind === 'system' ? 'idle' : 'facilitator', seq: event.seq } });
      } else if (event.type === 'pair.removed') {
        this.record({ action: 'pair.removed', actor: auditActor(event.actor), sessionId: event.sessionId, details: { pairId: event.pairId } });
      }
    });
  }

  /** Lets the writes in flight finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    await Promise.all([...this.pending]);
  }

  record(entry: AuditEntry): void {
    const write = writeAudit(this.db, this.logger, entry)
      .catch((error: unknown) => this.logger.event('error', 'audit write failed', { action: entry.action, sessionId: entry.sessionId, error }))
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
  }
}

function auditActor(actor: Actor): AuditActor {
  return actor.kind === 'facilitator' ? { kind: 'facilitator', id: actor.facilitatorId } : { kind: 'server' };
}

/** The facilitator HTTP actions worth a record, by `Controller.method`. */
const AUDITED_ROUTES: Record<string, (req: Request, body: unknown) => Pick<AuditEntry, 'action' | 'sessionId' | 'details'> | null> = {
  'SessionsController.create': (_req, body) => ({ action: 'session.created', sessionId: (body as { id?: string } | null)?.id ?? null, details: {} }),
  'SessionExportsController.handoutsPdf': (req) => ({ action: 'handouts.downloaded', sessionId: param(req, 'id'), details: { format: 'handouts.pdf' } }),
  'SessionExportsController.reportJson': (req) => ({ action: 'handouts.downloaded', sessionId: param(req, 'id'), details: { format: 'report.json' } }),
  'SessionExportsController.reportCsv': (req) => ({ action: 'handouts.downloaded', sessionId: param(req, 'id'), details: { format: 'report.csv' } }),
};

function param(req: Request, name: string): string | null {
  const value = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/** Records an audited route once it has succeeded, with the signed-in facilitator as actor. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly trail: AuditTrail) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const describe = context.getType() === 'http' ? AUDITED_ROUTES[`${context.getClass().name}.${context.getHandler().name}`] : undefined;
    if (!describe) return next.handle();
    const req = context.switchToHttp().getRequest<Request & { facilitator?: Facilitator }>();
    return next.handle().pipe(
      tap((body) => {
        const facilitator = req.facilitator;
        const entry = describe(req, body);
        if (!facilitator || !entry) return;
        this.trail.record({ ...entry, actor: { kind: 'facilitator', id: facilitator.id } });
      }),
    );
  }
}
