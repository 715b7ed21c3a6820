import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiError } from '../http/api-error';
import { hashToken, newToken } from '../security/tokens';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle';

export interface Facilitator {
  id: string;
  email: string;
  displayName: string;
}

export const SESSION_COOKIE = 'kindred_sid';
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

interface FacilitatorRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
}

const toFacilitator = (row: FacilitatorRow): Facilitator => ({ id: row.id, email: row.email, displayName: row.display_name });

/** A signed-in facilitator and when that sign-in (the cookie's session) runs out. */
export interface SignedIn {
  facilitator: Facilitator;
  expiresAt: number;
}

@Injectable()
export class AuthService {
  private readonly throttle = new SignInThrottle();
  private readonly signOutListeners: ((tokenHash: Buffer) => void)[] = [];

  constructor(private readonly db: DataSource) {}

  async signUp(input: { email: string; password: string; displayName: string }): Promise<{ facilitator: Facilitator; token: string }> {
    const existing = await this.db.query<FacilitatorRow[]>(`SELECT id FROM facilitators WHERE lower(email) = lower($1)`, [input.email]);
    if (existing.length > 0) throw new ApiError('auth/email-taken', 'An account with this email already exists. Sign in instead.', HttpStatus.CONFLICT);
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    try {
      await this.db.query(`INSERT INTO facilitators (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
        id,
        input.email,
        input.displayName,
        passwordHash,
      ]);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ApiError('auth/email-taken', 'An account with this email already exists. Sign in instead.', HttpStatus.CONFLICT);
      }
      throw error;
    }
    const facilitator = { id, email: input.email, displayName: input.displayName };
    return { facilitator, token: await this.openSession(id) };
  }

  async signIn(input: { email: string; password: string }, ip: string, now = Date.now()): Promise<{ facilitator: Facilitator; token: string }> {
    const waitMs = this.throttle.retryAfterMs(ip, input.email, now);
    if (waitMs > 0) {
      const retryAfterSec = Math.ceil(waitMs / 1000);
      throw new ApiError('auth/too-many-attempts', `Too many failed sign-ins. Try again in ${retryAfterSec} seconds.`, HttpStatus.TOO_MANY_REQUESTS, {
        retryAfterSec,
      });
    }
    const rows = await this.db.query<FacilitatorRow[]>(`SELECT * FROM facilitators WHERE lower(email) = lower($1)`, [input.email]);
    const row = rows[0];
    const valid = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !valid) {
      this.throttle.recordFailure(ip, input.email, now);
      throw new ApiError('auth/invalid-credentials', 'That email and password do not match an account.', HttpStatus.UNAUTHORIZED);
    }
    this.throttle.recordSuccess(ip, input.email);
    return { facilitator: toFacilitator(row), token: await this.openSession(row.id) };
  }

  async signOut(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.db.query(`DELETE FROM auth_sessions WHERE token_hash = $1`, [tokenHash]);
    for (const listener of this.signOutListeners) listener(tokenHash);
  }

  /** Runs after every sign-out, with the ended sign-in's token hash (the realtime layer disconnects its sockets). */
  onSignOut(listener: (tokenHash: Buffer) => void): void {
    this.signOutListeners.push(listener);
  }

  /** Like `facilitatorForToken`, with the sign-in's expiry, so open sockets can end with it. */
  async signedIn(token: string | null): Promise<SignedIn | null> {
    if (!token || token.length > 100) return null;
    const rows = await this.db.query<(FacilitatorRow & { expires_at: Date })[]>(
      `SELECT f.*, s.expires_at FROM auth_sessions s JOIN facilitators f ON f.id = s.facilitator_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return rows[0] ? { facilitator: toFacilitator(rows[0]), expiresAt: rows[0].expires_at.getTime() } : null;
  }

  /** The facilitator a session cookie belongs to, or null when it is unknown or expired. */
  async facilitatorForToken(token: string | null): Promise<Facilitator | null> {
    if (!token || token.length > 100) return null;
    const rows = await this.db.query<FacilitatorRow[]>(
      `SELECT f.* FROM auth_sessions s JOIN facilitators f ON f.id = s.facilitator_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return rows[0] ? toFacilitator(rows[0]) : null;
  }

  private async openSession(facilitatorId: string): Promise<string> {
    const token = newToken();
    await this.db.query(`INSERT INTO auth_sessions (token_hash, facilitator_id, expires_at) VALUES ($1, $2, $3)`, [
      hashToken(token),
      facilitatorId,
      new Date(Date.now() + SESSION_TTL_MS),
    ]);
    return token;
  }
}
