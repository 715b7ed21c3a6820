import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@kindred/content';
import type { BallotCast, LoggedEvent } from '@kindred/session';
import { DataSource, EntityManager } from 'typeorm';

export type SessionStatus = 'lobby' | 'running' | 'ended' | 'archived';

export interface SessionRow {
  id: string;
  facilitatorId: string;
  code: string;
  title: string;
  planId: string;
  language: string;
  ageBand: 'teen' | 'adult';
  status: SessionStatus;
  scheduledFor: string | null;
  ballotSecret: Buffer | null;
  privateRetentionDays: number | null;
  lastSeq: number;
  createdAt: Date;
  endedAt: Date | null;
}

interface RawSessionRow {
  id: string;
  facilitator_id: string;
  code: string;
  title: string;
  plan_id: string;
  language: string;
  age_band: 'teen' | 'adult';
  status: SessionStatus;
  scheduled_for: string | Date | null;
  ballot_secret: Buffer | null;
  private_retention_days: number | null;
  last_seq: number;
  created_at: Date;
  ended_at: Date | null;
}

function toSessionRow(r: RawSessionRow): SessionRow {
  return {
    id: r.id,
    facilitatorId: r.facilitator_id,
    code: r.code,
    title: r.title,
    planId: r.plan_id,
    language: r.language,
    ageBand: r.age_band,
    status: r.status,
    scheduledFor: r.scheduled_for instanceof Date ? r.scheduled_for.toISOString().slice(0, 10) : r.scheduled_for,
    ballotSecret: r.ballot_secret,
    privateRetentionDays: r.private_retention_days,
    lastSeq: r.last_seq,
    createdAt: r.created_at,
    endedAt: r.ended_at,
  };
}

export class SeqConflictError extends Error {
  constructor(readonly sessionId: string) {
    super(`session ${sessionId} changed concurrently`);
  }
}

export class DuplicateCommandError extends Error {}

/** Some commands of a group were applied already (retries whose first ack was lost). */
export class DuplicateCommandsError extends Error {
  constructor(readonly commandIds: readonly string[]) {
    super(`${commandIds.length} command(s) applied already`);
  }
}

/** One grouped command's share of a group commit. */
export interface GroupWrite {
  events: readonly LoggedEvent[];
  ballots: readonly BallotCast[];
  commandId: string | null;
}

/** `($1, $2, …), ($6, …)` for `rows` rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) out.push(`(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
  return out.join(', ');
}

/** A timer event from a process that no longer holds the session's advisory lock. */
export class OwnershipLostError extends Error {
  constructor(readonly sessionId: string) {
    super(`this process no longer owns session ${sessionId}`);
  }
}

/** Who must hold the session's advisory lock for the write to happen (see SessionOwnership.fenceFor). */
export interface OwnerFence {
  /** The backend pid of the owner's lock connection. */
  ownerPid: number;
  /** The 64-bit lock key split as pg_locks shows it. */
  classid: number;
  objid: number;
}

/** What one command writes, all or nothing. */
export interface CommitWrite {
  events: readonly LoggedEvent[];
  ballots: readonly BallotCast[];
  commandId: string | null;
  /** A joining pair's token row, written with its PairJoined event. */
  newPair?: NewPairRow;
  /** Set for timer events in a cluster: written only while this process owns the session. */
  fence?: OwnerFence | null;
  /** Credential rows for devices the events let in (see credentialsIssuedBy). */
  credentials?: readonly NewCredential[];
  /** A one-time phone code used up by this command. */
  consumeCodeHash?: Buffer;
}

export interface NewCredential {
  id: string;
  pairId: string;
  role: MemberRole | null;
  tokenHash: Buffer;
}

/** What a pair credential (any token a pair's device holds) names. `credential` null: the join token. */
export interface CredentialRow {
  pairId: string;
  sessionId: string;
  credential: string | null;
  member: MemberRole | null;
}

export interface NewPairRow {
  pairId: string;
  tokenHash: Buffer;
  /** Marks the joining device (see JoinController), so a removed pair's device can be refused. */
  deviceHash?: Buffer | null;
  /** A pair coming back to a later evening of its series (apps/api/src/series). */
  seriesPairId?: string | null;
}

export interface NewSession {
  id: string;
  facilitatorId: string;
  code: string;
  title: string;
  planId: string;
  language: string;
  ageBand: string;
  scheduledFor: string | null;
  ballotSecret: Buffer;
  projectorTokenHash: Buffer;
  privateRetentionDays: number | null;
}

/**
 * Statuses derived from the log, kept on the row so lists and join lookups need no
 * replay. A session is archived the moment it ends (its ballot secret destroyed in
 * the same transaction); `ended` remains only as a value older rows had.
 */
function statusAfter(events: readonly LoggedEvent[], current: SessionStatus): SessionStatus {
  let status = current;
  for (const e of events) {
    if (e.type === 'SessionStarted' && status !== 'archived') status = 'running';
    if (e.type === 'SessionEnded') status = 'archived';
  }
  return status;
}

/**
 * The session's persistent record: the row, its append-only event log (`seq` checked
 * under a row lock, so two writers can't both append seq N) and its ballots.
 */
@Injectable()
export class SessionStore {
  constructor(private readonly db: DataSource) {}

  async insertSession(s: NewSession, created: LoggedEvent): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO live_sessions (id, facilitator_id, code, title, plan_id, language, age_band, scheduled_for, ballot_secret, projector_token_hash, private_retention_days, last_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)`,
        [s.id, s.facilitatorId, s.code, s.title, s.planId, s.language, s.ageBand, s.scheduledFor, s.ballotSecret, s.projectorTokenHash, s.privateRetentionDays],
      );
      await tx.query(`INSERT INTO session_events (session_id, seq, type, payload) VALUES ($1, 1, $2, $3)`, [s.id, created.type, JSON.stringify(created)]);
    });
  }

  async findById(id: string): Promise<SessionRow | null> {
    const rows = await this.db.query<RawSessionRow[]>(`SELECT * FROM live_sessions WHERE id = $1`, [id]);
    return rows[0] ? toSessionRow(rows[0]) : null;
  }

  async findOpenByCode(code: string): Promise<SessionRow | null> {
    const rows = await this.db.query<RawSessionRow[]>(`SELECT * FROM live_sessions WHERE code = $1 AND status IN ('lobby', 'running')`, [code]);
    return rows[0] ? toSessionRow(rows[0]) : null;
  }

  /**
   * Active pairs per session, counted in SQL (joined minus removed) so listing a
   * facilitator's sessions doesn't replay every old session into memory.
   */
  async activePairCounts(sessionIds: readonly string[]): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.db.query<{ session_id: string; n: number }[]>(
      `SELECT s.id AS session_id,
              (SELECT count(*) FROM pairs p WHERE p.session_id = s.id)::int
            - (SELECT count(*) FROM session_events e WHERE e.session_id = s.id AND e.type = 'PairRemoved')::int AS n
         FROM live_sessions s WHERE s.id = ANY($1::uuid[])`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.session_id, r.n]));
  }

  async listForFacilitator(facilitatorId: string): Promise<SessionRow[]> {
    const rows = await this.db.query<RawSessionRow[]>(`SELECT * FROM live_sessions WHERE facilitator_id = $1 ORDER BY created_at DESC LIMIT 200`, [
      facilitatorId,
    ]);
    return rows.map(toSessionRow);
  }

  /** Everything of the session goes with it (events, pairs, ballots, credentials, team: ON DELETE CASCADE). */
  async deleteSession(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM live_sessions WHERE id = $1`, [sessionId]);
  }

  async setProjectorToken(sessionId: string, tokenHash: Buffer): Promise<void> {
    await this.db.query(`UPDATE live_sessions SET projector_token_hash = $2 WHERE id = $1`, [sessionId, tokenHash]);
  }

  async sessionIdForProjectorToken(sessionId: string, tokenHash: Buffer): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM live_sessions WHERE id = $1 AND projector_token_hash = $2`, [sessionId, tokenHash]);
    return rows.length > 0;
  }

  async loadLog(sessionId: string, afterSeq = 0): Promise<{ events: LoggedEvent[]; ballots: BallotCast[] }> {
    const events = await this.db.query<{ payload: LoggedEvent }[]>(`SELECT payload FROM session_events WHERE session_id = $1 AND seq > $2 ORDER BY seq`, [
      sessionId,
      afterSeq,
    ]);
    const ballots = afterSeq === 0 ? await this.loadBallots(sessionId) : [];
    return { events: events.map((r) => r.payload), ballots };
  }

  async loadBallots(sessionId: string, pollId?: string): Promise<BallotCast[]> {
    const rows = await this.db.query<{ poll_id: string; voter_key: string; role: BallotCast['role']; choice: BallotCast['choice'] }[]>(
      `SELECT poll_id, voter_key, role, choice FROM ballots WHERE session_id = $1 ${pollId ? 'AND poll_id = $2' : ''} ORDER BY voter_key`,
      pollId ? [sessionId, pollId] : [sessionId],
    );
    return rows.map((r) => ({ type: 'BallotCast', pollId: r.poll_id, voterKey: r.voter_key, role: r.role, choice: r.choice }));
  }

  /**
   * Writes what one command decided, atomically. Locks the session row and checks that
   * the log still ends at `expectedSeq`: if another writer got there first the caller
   * must catch up and decide again (SeqConflictError). A `commandId` seen before
   * raises DuplicateCommandError: the command was applied already.
   */
  async commit(sessionId: string, expectedSeq: number, write: CommitWrite): Promise<void> {
    try {
      await this.commitOnce(sessionId, expectedSeq, write);
    } catch (error) {
      // Two writers that both passed the check (never under the row lock, but cheap to be sure): catch up and retry.
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505' && driver.constraint?.startsWith('session_events_')) throw new SeqConflictError(sessionId);
      throw error;
    }
  }

  private async commitOnce(sessionId: string, expectedSeq: number, write: CommitWrite): Promise<void> {
    const { events, ballots, commandId, newPair, fence, credentials = [], consumeCodeHash } = write;
    await this.db.transaction(async (tx: EntityManager) => {
      const locked = await tx.query<{ last_seq: number; status: SessionStatus }[]>(`SELECT last_seq, status FROM live_sessions WHERE id = $1 FOR UPDATE`, [
        sessionId,
      ]);
      const row = locked[0];
      if (!row || row.last_seq !== expectedSeq) throw new SeqConflictError(sessionId);
      if (fence) {
        // Fencing: a timer event is written only while our ownership connection still holds the
        // session's advisory lock, so an owner that lost it can't fire a timer another now runs.
        const held = await tx.query<unknown[]>(
          `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $1 AND classid = $2 AND objid = $3 AND objsubid = 1`,
          [fence.ownerPid, fence.classid, fence.objid],
        );
        if (held.length === 0) throw new OwnershipLostError(sessionId);
      }
      if (commandId && events.length > 0) {
        const seen = await tx.query<unknown[]>(`SELECT 1 FROM session_events WHERE session_id = $1 AND command_id = $2`, [sessionId, commandId]);
        if (seen.length > 0) throw new DuplicateCommandError();
      }
      for (const [i, event] of events.entries()) {
        await tx.query(`INSERT INTO session_events (session_id, seq, type, payload, command_id) VALUES ($1, $2, $3, $4, $5)`, [
          sessionId,
          expectedSeq + i + 1,
          event.type,
          JSON.stringify(event),
          i === 0 ? commandId : null,
        ]);
      }
      for (const b of ballots) {
        await tx.query(
          `INSERT INTO ballots (session_id, poll_id, voter_key, role, choice) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (session_id, poll_id, voter_key) DO UPDATE SET role = EXCLUDED.role, choice = EXCLUDED.choice`,
          [sessionId, b.pollId, b.voterKey, b.role, JSON.stringify(b.choice)],
        );
      }
      if (newPair) {
        await tx.query(`INSERT INTO pairs (id, session_id, token_hash, device_hash, series_pair_id) VALUES ($1, $2, $3, $4, $5)`, [
          newPair.pairId,
          sessionId,
          newPair.tokenHash,
          newPair.deviceHash ?? null,
          newPair.seriesPairId ?? null,
        ]);
      }
      for (const c of credentials) {
        await tx.query(`INSERT INTO pair_credentials (id, pair_id, session_id, role, token_hash) VALUES ($1, $2, $3, $4, $5)`, [c.id, c.pairId, sessionId, c.role, c.tokenHash]);
      }
      if (consumeCodeHash) await tx.query(`DELETE FROM pair_device_codes WHERE code_hash = $1`, [consumeCodeHash]);
      if (events.length > 0) {
        const status = statusAfter(events, row.status);
        const archiving = status === 'archived' && row.status !== 'archived';
        await tx.query(`UPDATE live_sessions SET last_seq = $2, status = $3, ended_at = COALESCE(ended_at, $4) WHERE id = $1`, [
          sessionId,
          expectedSeq + events.length,
          status,
          archiving ? new Date() : null,
        ]);
        if (archiving) await archiveBallots(tx, sessionId);
      }
    });
  }

  /**
   * Writes what a group of commands decided (see group-commit.ts) in one transaction:
   * the same row lock and seq check as `commit`, then every event in one multi-row insert
   * (each command's first event carries its commandId) and every ballot in one upsert
   * (the last choice of a voter in the group wins, as it would one by one). Commands
   * whose id is in the log already raise DuplicateCommandsError naming them: the caller
   * answers those as applied and writes the rest.
   */
  async commitGroup(sessionId: string, expectedSeq: number, writes: readonly GroupWrite[]): Promise<void> {
    try {
      await this.db.transaction(async (tx: EntityManager) => {
        const locked = await tx.query<{ last_seq: number; status: SessionStatus }[]>(`SELECT last_seq, status FROM live_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
        const row = locked[0];
        if (!row || row.last_seq !== expectedSeq) throw new SeqConflictError(sessionId);
        const ids = writes.filter((w) => w.commandId && w.events.length > 0).map((w) => w.commandId!);
        if (ids.length > 0) {
          const seen = await tx.query<{ command_id: string }[]>(`SELECT command_id FROM session_events WHERE session_id = $1 AND command_id = ANY($2::uuid[])`, [sessionId, ids]);
          if (seen.length > 0) throw new DuplicateCommandsError(seen.map((r) => r.command_id));
        }
        const events: unknown[] = [];
        let seq = expectedSeq;
        for (const w of writes) {
          for (const [i, event] of w.events.entries()) events.push(sessionId, ++seq, event.type, JSON.stringify(event), i === 0 ? w.commandId : null);
        }
        if (events.length > 0) {
          await tx.query(`INSERT INTO session_events (session_id, seq, type, payload, command_id) VALUES ${placeholders(events.length / 5, 5)}`, events);
        }
        const ballots = new Map<string, BallotCast>();
        for (const b of writes.flatMap((w) => w.ballots)) {
          ballots.delete(`${b.pollId}|${b.voterKey}`);
          ballots.set(`${b.pollId}|${b.voterKey}`, b);
        }
        if (ballots.size > 0) {
          await tx.query(
            `INSERT INTO ballots (session_id, poll_id, voter_key, role, choice) VALUES ${placeholders(ballots.size, 5)}
             ON CONFLICT (session_id, poll_id, voter_key) DO UPDATE SET role = EXCLUDED.role, choice = EXCLUDED.choice`,
            [...ballots.values()].flatMap((b) => [sessionId, b.pollId, b.voterKey, b.role, JSON.stringify(b.choice)]),
          );
        }
        if (seq > expectedSeq) {
          // Pair commands never start or end a session, so the status stays as it is.
          await tx.query(`UPDATE live_sessions SET last_seq = $2 WHERE id = $1`, [sessionId, seq]);
        }
      });
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505' && driver.constraint?.startsWith('session_events_')) throw new SeqConflictError(sessionId);
      throw error;
    }
  }

  /** Whether a command with this id was applied to the session already. */
  async hasCommand(sessionId: string, commandId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM session_events WHERE session_id = $1 AND command_id = $2`, [sessionId, commandId]);
    return rows.length > 0;
  }

  async lastSeq(sessionId: string): Promise<number> {
    const rows = await this.db.query<{ last_seq: number }[]>(`SELECT last_seq FROM live_sessions WHERE id = $1`, [sessionId]);
    return rows[0]?.last_seq ?? 0;
  }

  /** Where each session's log ends and how many ballots it holds: what changed, without reading it. */
  async progress(sessionIds: readonly string[]): Promise<{ id: string; lastSeq: number; ballots: number }[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db.query<{ id: string; last_seq: number; ballots: number }[]>(
      `SELECT s.id, s.last_seq, (SELECT count(*) FROM ballots b WHERE b.session_id = s.id)::int AS ballots FROM live_sessions s WHERE s.id = ANY($1::uuid[])`,
      [sessionIds],
    );
    return rows.map((r) => ({ id: r.id, lastSeq: r.last_seq, ballots: r.ballots }));
  }

  /** Sessions a restarted server must bring back: pairs may still be connected to them. */
  async listActiveIds(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM live_sessions WHERE status IN ('lobby', 'running')`);
    return rows.map((r) => r.id);
  }

  /** Pairs that joined this session from the device with this marker. */
  async pairIdsForDevice(sessionId: string, deviceHash: Buffer): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM pairs WHERE session_id = $1 AND device_hash = $2`, [sessionId, deviceHash]);
    return rows.map((r) => r.id);
  }

  /**
   * Open sessions whose last logged event was written before `cutoff`. The last event is
   * found through the (session_id, seq) key, so this reads one row per open session.
   */
  async listIdleIds(cutoff: Date): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT s.id FROM live_sessions s
        WHERE s.status IN ('lobby', 'running')
          AND (SELECT e.created_at FROM session_events e WHERE e.session_id = s.id ORDER BY e.seq DESC LIMIT 1) < $1`,
      [cutoff],
    );
    return rows.map((r) => r.id);
  }

  async pairForToken(tokenHash: Buffer): Promise<{ pairId: string; sessionId: string } | null> {
    const row = await this.credentialForToken(tokenHash);
    return row ? { pairId: row.pairId, sessionId: row.sessionId } : null;
  }

  /**
   * The pair and device a token stands for: the join token, or a device credential.
   * Whether it is still current is for the caller to ask the session's state.
   */
  async credentialForToken(tokenHash: Buffer): Promise<CredentialRow | null> {
    const rows = await this.db.query<{ pair_id: string; session_id: string; credential: string | null; role: MemberRole | null }[]>(
      `SELECT id AS pair_id, session_id, NULL::uuid AS credential, NULL::text AS role FROM pairs WHERE token_hash = $1
       UNION ALL
       SELECT pair_id, session_id, id AS credential, role FROM pair_credentials WHERE token_hash = $1`,
      [tokenHash],
    );
    const r = rows[0];
    return r ? { pairId: r.pair_id, sessionId: r.session_id, credential: r.credential, member: r.role } : null;
  }
}

/**
 * Destroys the session's ballot secret, after which no one (a database reader
 * included) can recompute which voter key belongs to which pair, and rewrites its
 * ballots in key order, so the table's physical order stops echoing the order of
 * votes. The old row versions stay on disk until PostgreSQL vacuums them (docs/privacy.md).
 */
async function archiveBallots(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.query(`UPDATE live_sessions SET ballot_secret = NULL WHERE id = $1`, [sessionId]);
  const rows = await tx.query<{ poll_id: string; voter_key: string; role: string | null; choice: unknown }[]>(
    `SELECT poll_id, voter_key, role, choice FROM ballots WHERE session_id = $1 ORDER BY poll_id, voter_key`,
    [sessionId],
  );
  if (rows.length === 0) return;
  await tx.query(`DELETE FROM ballots WHERE session_id = $1`, [sessionId]);
  for (const r of rows) {
    await tx.query(`INSERT INTO ballots (session_id, poll_id, voter_key, role, choice) VALUES ($1, $2, $3, $4, $5)`, [
      sessionId,
      r.poll_id,
      r.voter_key,
      r.role,
      JSON.stringify(r.choice),
    ]);
  }
}
