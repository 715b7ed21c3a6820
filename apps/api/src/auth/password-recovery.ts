import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { passwordResetLink } from '@kindred/session';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { returnedRows } from '../database/returned-rows';
import { ApiError } from '../http/api-error';
import { JsonLogger } from '../logging/json-logger';
import { Mailer } from '../mail/mailer';
import { RateLimits } from '../security/rate-limits';
import { hashToken, newToken } from '../security/tokens';
import { AuthService, type Facilitator } from './auth.service';
import { passwordProblem } from './password-strength';

/** A reset link works for one hour, once. */
export const RESET_TTL_MS = 60 * 60 * 1000;

/** What "Forgot your password?" answers, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE = 'If an account uses that email, a link to choose a new password is on its way. It works once, for one hour.';

interface ResetRow {
  facilitator_id: string;
  expires_at: Date;
  used_at: Date | null;
  email: string;
  display_name: string;
}

/**
 * "Forgot your password?" by email. The answer never says whether the email has an
 * account, and comes back before any mail is sent, so its timing says nothing either.
 * Only the SHA-256 of a reset token is stored; a link works once, for an hour, and
 * using it (or any password change) ends every other sign-in of the account.
 * Emailed links are built on PUBLIC_URL only (config refuses SMTP_URL without it), never
 * on a request's Host header.
 */
@Injectable()
export class PasswordRecovery {
  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
    private readonly limits: RateLimits,
    private readonly logger: JsonLogger,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  get byEmail(): boolean {
    return this.mailer.enabled && this.config.publicUrl !== null;
  }

  async request(email: string, address: string): Promise<{ message: string }> {
    if (!this.byEmail) throw new ApiError('auth/recovery-unavailable', 'This server cannot send email. Ask the person who runs the server to reset your password.', HttpStatus.NOT_FOUND);
    const byAddress = await this.limits.consume('resetRequestsPerAddress', address);
    const byEmail = await this.limits.consume('resetRequestsPerEmail', email.toLowerCase());
    if (!byAddress.ok || !byEmail.ok) throw new ApiError('request/rate-limited', 'Too many reset requests. Please try again later.', HttpStatus.TOO_MANY_REQUESTS);
    // Not awaited: the answer is the same, and as quick, for an unknown email.
    void this.sendLinks(email).catch((error: unknown) => this.logger.event('error', 'password reset mail failed', { error }));
    return { message: RESET_REQUESTED_MESSAGE };
  }

  /** Sets the new password and signs in; every other sign-in of the account ends (sockets too). */
  async complete(token: string, password: string): Promise<{ facilitator: Facilitator; token: string; knownDevice: string }> {
    const tokenHash = hashToken(token);
    const rows = await this.db.query<ResetRow[]>(
      `SELECT r.facilitator_id, r.expires_at, r.used_at, f.email, f.display_name FROM password_resets r JOIN facilitators f ON f.id = r.facilitator_id WHERE r.token_hash = $1`,
      [tokenHash],
    );
    const reset = rows[0];
    if (!reset) throw new ApiError('auth/reset-invalid', 'This reset link is not valid. Ask for a new one from the sign-in page.', HttpStatus.NOT_FOUND);
    if (reset.used_at !== null) throw usedLink();
    if (reset.expires_at.getTime() <= Date.now()) throw new ApiError('auth/reset-expired', 'This reset link has expired (links last one hour). Ask for a new one from the sign-in page.', HttpStatus.GONE);
    const problem = passwordProblem(password, [reset.email, reset.display_name]);
    if (problem) throw new ApiError('payload/invalid', problem, HttpStatus.BAD_REQUEST, { fields: [{ field: 'password', message: problem }] });
    // Claim the link first: two tabs submitting at once get one success.
    const claimed = returnedRows(await this.db.query(`UPDATE password_resets SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING 1`, [tokenHash]));
    if (claimed.length === 0) throw usedLink();
    await this.auth.changePassword(reset.facilitator_id, password, null);
    return this.auth.signInAs(reset.facilitator_id);
  }

  private async sendLinks(email: string): Promise<void> {
    // Sign-up allows several accounts on one email (no enumeration): each gets its own link.
    const accounts = await this.db.query<{ id: string; display_name: string }[]>(`SELECT id, display_name FROM facilitators WHERE lower(email) = lower($1) ORDER BY created_at`, [email]);
    if (accounts.length === 0) return;
    const origin = this.config.publicUrl!;
    const links: string[] = [];
    for (const account of accounts) {
      const token = newToken();
      await this.db.query(`INSERT INTO password_resets (token_hash, facilitator_id, expires_at) VALUES ($1, $2, $3)`, [hashToken(token), account.id, new Date(Date.now() + RESET_TTL_MS)]);
      links.push(accounts.length > 1 ? `For the account named ${account.display_name}:\n${passwordResetLink(origin, token)}` : passwordResetLink(origin, token));
    }
    await this.mailer.send({
      to: email,
      subject: 'Choose a new Kindred password',
      text: [
        'Someone (we hope you) asked to choose a new password for Kindred.',
        '',
        ...links.flatMap((link) => [link, '']),
        'The link works once, within one hour. Choosing a new password signs you out everywhere else.',
        'If you did not ask, you can ignore this email: your password stays as it is.',
      ].join('\n'),
    });
  }
}

const usedLink = () => new ApiError('auth/reset-used', 'This reset link has already been used. Ask for a new one from the sign-in page.', HttpStatus.GONE);
