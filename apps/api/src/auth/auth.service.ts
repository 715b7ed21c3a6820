import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiError } from '../http/api-error';
import { hashToken, newToken } from '../security/tokens';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { setPassword } from './password-change';
import { RateLimits, type LimitName } from '../security/rate-limits';

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

export const KNOWN_DEVICE_COOKIE = 'kindred_device';
export const KNOWN_DEVICE_TTL_MS = 365 * 24 * 60 * 60 * 1000;

/** Where a sign-in comes from: the client address and the known-device cookie, if any. */
export interface SignInOrigin {
  address: string;
  knownDevice: string | null;
}

const tooManyAttempts = (retryAfterMs: number) => {
  const retryAfterSec = Math.ceil(retryAfterMs / 1000);
  return new ApiError('auth/too-many-attempts', `Too many failed sign-ins. Try again in ${retryAfterSec} seconds.`, HttpStatus.TOO_MANY_REQUESTS, {
    retryAfterSec,
  });
};

/**
 * Accounts. Sign-up never says whether an email already has an account (see
 * docs/decisions.md, "Sign-up without account enumeration"): with the password of an
 * existing account it signs in to it; with another password it makes a separate
 * account for the same email. Either way the answer looks the same.
 *
 * Sign-in guessing is braked per address + account, per address, and per account
 * from anywhere (so rotating addresses gains nothing). The per-account brake does not
 * apply to a browser that has signed in to that account before (a known device), so
 * an attacker guessing can't lock the owner out.
 */
@Injectable()
export class AuthService {
  private readonly signOutListeners: ((tokenHash: Buffer) => void)[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly limits: RateLimits,
  ) {}

  async signUp(
    input: { email: string; password: string; displayName: string },
    address: string,
  ): Promise<{ facilitator: Facilitator; token: string; knownDevice: string }> {
    const byAddress = await this.limits.consume('signUpsPerAddress', address);
    const byEmail = await this.limits.consume('signUpsPerEmail', input.email.toLowerCase());
    if (!byAddress.ok || !byEmail.ok) throw new ApiError('request/rate-limited', 'Too many sign-ups from here or for this email. Please try again later.', HttpStatus.TOO_MANY_REQUESTS);
    // The holder signing up again with their password gets their account back.
    const existing = await this.accountForPassword(input.email, input.password);
    if (existing) return { facilitator: toFacilitator(existing), ...(await this.openSession(existing.id)) };
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    await this.db.query(`INSERT INTO facilitators (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
      id,
      input.email,
      input.displayName,
      passwordHash,
    ]);
    const facilitator = { id, email: input.email, displayName: input.displayName };
    return { facilitator, ...(await this.openSession(id)) };
  }

  async signIn(input: { email: string; password: string }, origin: SignInOrigin): Promise<{ facilitator: Facilitator; token: string; knownDevice: string }> {
    const email = input.email.toLowerCase();
    const pairKey = `${origin.address}|${email}`;
    const known = await this.isKnownDevice(origin.knownDevice, email);
    const brakes: [LimitName, string][] = [
      ['signInFailsPerAddressAccount', pairKey],
      ['signInFailsPerAddress', origin.address],
    ];
    if (!known) brakes.push(['signInFailsPerAccount', email]);
    for (const [name, key] of brakes) {
      const verdict = await this.limits.check(name, key);
      if (!verdict.ok) throw tooManyAttempts(verdict.retryAfterMs);
    }
    const row = await this.accountForPassword(email, input.password);
    if (!row) {
      await Promise.all([
        this.limits.consume('signInFailsPerAddressAccount', pairKey),
        this.limits.consume('signInFailsPerAddress', origin.address),
        this.limits.consume('signInFailsPerAccount', email),
      ]);
      throw new ApiError('auth/invalid-credentials', 'That email and password do not match an account.', HttpStatus.UNAUTHORIZED);
    }
    await this.limits.forget('signInFailsPerAddressAccount', pairKey);
    return { facilitator: toFacilitator(row), ...(await this.openSession(row.id, origin.knownDevice)) };
  }

  async signOut(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.db.query(`DELETE FROM auth_sessions WHERE token_hash = $1`, [tokenHash]);
    for (const listener of this.signOutListeners) listener(tokenHash);
  }

  /**
   * A new password for the account: every sign-in but `keepToken`'s ends, and so do
   * their sockets (through the sign-out listeners, on every process).
   */
  async changePassword(facilitatorId: string, password: string, keepToken: string | null): Promise<void> {
    const ended = await setPassword(this.db, facilitatorId, password, keepToken ? hashToken(keepToken) : null);
    for (const tokenHash of ended) for (const listener of this.signOutListeners) listener(tokenHash);
  }

  /** A new sign-in for an account whose holder proved themselves another way (a reset link). */
  async signInAs(facilitatorId: string): Promise<{ facilitator: Facilitator; token: string; knownDevice: string }> {
    const rows = await this.db.query<FacilitatorRow[]>(`SELECT * FROM facilitators WHERE id = $1`, [facilitatorId]);
    if (!rows[0]) throw new ApiError('auth/reset-invalid', 'This reset link is not valid. Ask for a new one from the sign-in page.', HttpStatus.NOT_FOUND);
    return { facilitator: toFacilitator(rows[0]), ...(await this.openSession(facilitatorId)) };
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

  /**
   * The account with this email that the password opens. Always verifies at least
   * once (against a dummy hash when there is no account), so an unknown email takes
   * as long as a known one.
   */
  private async accountForPassword(email: string, password: string): Promise<FacilitatorRow | null> {
    const rows = await this.db.query<FacilitatorRow[]>(`SELECT * FROM facilitators WHERE lower(email) = lower($1) ORDER BY created_at`, [email]);
    if (rows.length === 0) {
      await verifyPassword(password, DUMMY_HASH);
      return null;
    }
    for (const row of rows) if (await verifyPassword(password, row.password_hash)) return row;
    return null;
  }

  private async isKnownDevice(token: string | null, email: string): Promise<boolean> {
    if (!token || token.length > 100) return false;
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM known_devices d JOIN facilitators f ON f.id = d.facilitator_id
        WHERE d.token_hash = $1 AND d.expires_at > now() AND lower(f.email) = lower($2)`,
      [hashToken(token), email],
    );
    return rows.length > 0;
  }

  /** A new session cookie, and the browser's known-device token (kept if it already has one for this account). */
  private async openSession(facilitatorId: string, deviceToken: string | null = null): Promise<{ token: string; knownDevice: string }> {
    const token = newToken();
    await this.db.query(`INSERT INTO auth_sessions (token_hash, facilitator_id, expires_at) VALUES ($1, $2, $3)`, [
      hashToken(token),
      facilitatorId,
      new Date(Date.now() + SESSION_TTL_MS),
    ]);
    const expiresAt = new Date(Date.now() + KNOWN_DEVICE_TTL_MS);
    if (deviceToken && deviceToken.length <= 100) {
      const kept = await this.db.query<unknown[]>(
        `UPDATE known_devices SET expires_at = $3 WHERE token_hash = $1 AND facilitator_id = $2 RETURNING 1`,
        [hashToken(deviceToken), facilitatorId, expiresAt],
      );
      if (kept.length > 0) return { token, knownDevice: deviceToken };
    }
    const knownDevice = newToken();
    await this.db.query(`DELETE FROM known_devices WHERE facilitator_id = $1 AND expires_at < now()`, [facilitatorId]);
    await this.db.query(`INSERT INTO known_devices (token_hash, facilitator_id, expires_at) VALUES ($1, $2, $3)`, [hashToken(knownDevice), facilitatorId, expiresAt]);
    return { token, knownDevice };
  }
}
