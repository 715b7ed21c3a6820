import { randomUUID } from 'node:crypto';
import type { JsonLogger } from '../logging/json-logger';

/**
 * The facilitator and operator actions worth finding a year later. Each is one row in
 * `audit_log` and one JSON log line (`"audit": true`), so it can be queried in the
 * database or shipped with the logs. Ids and counts only: no names, emails, codes,
 * titles or private text ever go in (the details type allows no free text by design
 * of its callers; see docs/operations.md).
 */
export type AuditAction =
  | 'session.created'
  | 'session.ended'
  | 'pair.removed'
  | 'handouts.downloaded'
  | 'private-answers.purged'
  | 'database.restored';

export type AuditActor = { kind: 'facilitator'; id: string } | { kind: 'server' } | { kind: 'operator' };

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  sessionId: string | null;
  /** Ids, counts, formats, reasons from a fixed list: never text a person typed. */
  details?: Record<string, string | number | boolean | null>;
}

/** Anything that runs a parameterised query: a TypeORM DataSource or EntityManager, or a pg Client. */
export interface AuditSink {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

export async function writeAudit(db: AuditSink, logger: Pick<JsonLogger, 'event'> | null, entry: AuditEntry): Promise<void> {
  const id = randomUUID();
  const actorId = entry.actor.kind === 'facilitator' ? entry.actor.id : null;
  const details = entry.details ?? {};
  await db.query(`INSERT INTO audit_log (id, action, actor_kind, actor_id, session_id, details) VALUES ($1, $2, $3, $4, $5, $6)`, [
    id,
    entry.action,
    entry.actor.kind,
    actorId,
    entry.sessionId,
    JSON.stringify(details),
  ]);
  logger?.event('info', 'audit', { audit: true, id, action: entry.action, actorKind: entry.actor.kind, actorId, sessionId: entry.sessionId, details });
}
