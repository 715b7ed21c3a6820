import { HttpStatus, Injectable } from '@nestjs/common';
import type { FacilitatorRole, Team } from '@kindred/session';
import { DataSource } from 'typeorm';
import type { Facilitator } from '../auth/auth.service';
import { returnedRows } from '../database/returned-rows';
import { ApiError } from '../http/api-error';
import { hashToken, newToken } from '../security/tokens';
import { SessionEventBus } from './session-events';
import { SessionStore, type SessionRow } from './session-store';

/** How long an invite link works if nobody uses it. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const notFound = () => new ApiError('session/not-found', 'This session does not exist.', HttpStatus.NOT_FOUND);
export const ownerOnly = () => new ApiError('session/owner-only', 'Only the session’s owner can do that.', HttpStatus.FORBIDDEN);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface InviteRow {
  session_id: string;
  created_by: string;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * Who facilitates a session: its owner (`live_sessions.facilitator_id`, the only one
 * who may delete it or change the team) and the colleagues the owner invited. Every
 * facilitator of a session runs its console; the engine is told which actors are
 * co-facilitators by the transport (see SocketAuthenticator), so this table is the
 * authority. Removing someone publishes `facilitator.removed` so their sockets close.
 */
@Injectable()
export class SessionTeam {
  constructor(
    private readonly db: DataSource,
    private readonly store: SessionStore,
    private readonly events: SessionEventBus,
  ) {}

  /** The facilitator's role in the session, or null when they have none. */
  async roleOf(sessionId: string, facilitatorId: string, row?: SessionRow | null): Promise<FacilitatorRole | null> {
    const session = row ?? (await this.store.findById(sessionId));
    if (!session) return null;
    if (session.facilitatorId === facilitatorId) return 'owner';
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM session_facilitators WHERE session_id = $1 AND facilitator_id = $2`, [sessionId, facilitatorId]);
    return rows.length > 0 ? 'co-facilitator' : null;
  }

  /** The session if this facilitator runs it (owner or co-facilitator); 404 otherwise, so others' ids reveal nothing. */
  async facilitatedRow(facilitator: Facilitator, sessionId: string): Promise<{ row: SessionRow; role: FacilitatorRole }> {
    const row = UUID.test(sessionId) ? await this.store.findById(sessionId) : null;
    const role = row ? await this.roleOf(sessionId, facilitator.id, row) : null;
    if (!row || !role) throw notFound();
    return { row, role };
  }

  /** Like facilitatedRow, but only the owner gets past (a co-facilitator gets `session/owner-only`). */
  async ownerRow(facilitator: Facilitator, sessionId: string): Promise<SessionRow> {
    const { row, role } = await this.facilitatedRow(facilitator, sessionId);
    if (role !== 'owner') throw ownerOnly();
    return row;
  }

  /** Sessions the facilitator was invited to run (their own are listed by SessionStore). */
  async coFacilitatedSessionIds(facilitatorId: string): Promise<string[]> {
    const rows = await this.db.query<{ session_id: string }[]>(`SELECT session_id FROM session_facilitators WHERE facilitator_id = $1`, [facilitatorId]);
    return rows.map((r) => r.session_id);
  }

  async team(facilitator: Facilitator, sessionId: string): Promise<Team> {
    const { row, role } = await this.facilitatedRow(facilitator, sessionId);
    const owner = await this.db.query<{ id: string; display_name: string }[]>(`SELECT id, display_name FROM facilitators WHERE id = $1`, [row.facilitatorId]);
    const members = await this.db.query<{ id: string; display_name: string; added_at: Date }[]>(
      `SELECT f.id, f.display_name, t.added_at FROM session_facilitators t JOIN facilitators f ON f.id = t.facilitator_id
        WHERE t.session_id = $1 ORDER BY t.added_at`,
      [row.id],
    );
    return {
      you: role,
      owner: { id: row.facilitatorId, displayName: owner[0]?.display_name ?? '' },
      coFacilitators: members.map((m) => ({ id: m.id, displayName: m.display_name, addedAt: m.added_at.toISOString() })),
    };
  }

  /** A one-time invite token (only its hash is stored). */
  async invite(owner: Facilitator, sessionId: string): Promise<{ inviteToken: string; expiresAt: string }> {
    const row = await this.ownerRow(owner, sessionId);
    const inviteToken = newToken();
    const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
    await this.db.query(`INSERT INTO facilitator_invites (token_hash, session_id, created_by, expires_at) VALUES ($1, $2, $3, $4)`, [
      hashToken(inviteToken),
      row.id,
      owner.id,
      expiresAt,
    ]);
    return { inviteToken, expiresAt: expiresAt.toISOString() };
  }

  async preview(token: string): Promise<{ sessionTitle: string; invitedBy: string; expiresAt: string }> {
    const invite = await this.usableInvite(token);
    const rows = await this.db.query<{ title: string; display_name: string }[]>(
      `SELECT s.title, f.display_name FROM live_sessions s JOIN facilitators f ON f.id = $2 WHERE s.id = $1`,
      [invite.session_id, invite.created_by],
    );
    if (!rows[0]) throw invalidInvite();
    return { sessionTitle: rows[0].title, invitedBy: rows[0].display_name, expiresAt: invite.expires_at.toISOString() };
  }

  /** Uses the invite up (once, even when two accept at the same moment) and adds the facilitator to the team. */
  async accept(facilitator: Facilitator, token: string): Promise<{ sessionId: string }> {
    const invite = await this.usableInvite(token);
    const session = await this.store.findById(invite.session_id);
    if (!session) throw invalidInvite();
    if (session.facilitatorId === facilitator.id) throw new ApiError('invite/own-session', 'This is your own session: you facilitate it already.', HttpStatus.CONFLICT);
    const claimed = returnedRows(
      await this.db.query(`UPDATE facilitator_invites SET used_at = now(), used_by = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING 1`, [
        hashToken(token),
        facilitator.id,
      ]),
    );
    if (claimed.length === 0) throw usedInvite();
    await this.db.query(
      `INSERT INTO session_facilitators (session_id, facilitator_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT (session_id, facilitator_id) DO NOTHING`,
      [session.id, facilitator.id, invite.created_by],
    );
    return { sessionId: session.id };
  }

  /** The owner takes a co-facilitator off the team: their consoles are cut off at once. */
  async remove(owner: Facilitator, sessionId: string, facilitatorId: string): Promise<void> {
    const row = await this.ownerRow(owner, sessionId);
    if (!UUID.test(facilitatorId)) throw notFound();
    await this.db.query(`DELETE FROM session_facilitators WHERE session_id = $1 AND facilitator_id = $2`, [row.id, facilitatorId]);
    this.events.publish({ type: 'facilitator.removed', sessionId: row.id, facilitatorId });
  }

  private async usableInvite(token: string): Promise<InviteRow> {
    const rows = await this.db.query<InviteRow[]>(`SELECT session_id, created_by, expires_at, used_at FROM facilitator_invites WHERE token_hash = $1`, [hashToken(token)]);
    const invite = rows[0];
    if (!invite) throw invalidInvite();
    if (invite.used_at !== null) throw usedInvite();
    if (invite.expires_at.getTime() <= Date.now()) throw new ApiError('invite/expired', 'This invite link has expired. Ask the session’s owner for a new one.', HttpStatus.GONE);
    return invite;
  }
}

const invalidInvite = () => new ApiError('invite/invalid', 'This invite link is not valid. Ask the session’s owner for a new one.', HttpStatus.NOT_FOUND);
const usedInvite = () => new ApiError('invite/used', 'This invite link has already been used. Ask the session’s owner for a new one.', HttpStatus.GONE);
