import { HttpStatus, Injectable } from '@nestjs/common';
import type { MemberRole } from '@kindred/content';
import { AuthService, SESSION_COOKIE, type Facilitator } from '../auth/auth.service';
import { ApiError } from '../http/api-error';
import { hashToken, readCookie } from '../security/tokens';
import { SessionStore, type SessionRow } from '../sessions/session-store';
import { HandoutStore } from './handout-store';

/**
 * Who opened a handout: the pair itself (with its token, for the QR link, and the
 * device credential the token stands for) or the session's facilitator.
 */
export type HandoutReader =
  | { kind: 'pair'; token: string; member: MemberRole | null; credential: string | null }
  | { kind: 'facilitator'; facilitator: Facilitator };

export interface HandoutGrant {
  session: SessionRow;
  reader: HandoutReader;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TOKEN_LENGTH = 100;

export const unauthorized = () => new ApiError('handout/unauthorized', 'This handout link is not valid. Open it from the device you used in the workshop.', HttpStatus.UNAUTHORIZED);
export const handoutNotFound = () => new ApiError('handout/not-found', 'There is no such handout.', HttpStatus.NOT_FOUND);

/**
 * A handout opens with its pair's token (`Authorization: Bearer`) or for the facilitator
 * who owns the session (cookie). A token that isn't this pair's gets 401 and nothing
 * else; a facilitator asking about someone else's pair gets 404, as for sessions.
 */
@Injectable()
export class HandoutAccess {
  constructor(
    private readonly sessions: SessionStore,
    private readonly handouts: HandoutStore,
    private readonly auth: AuthService,
  ) {}

  async authorize(pairId: string, headers: { authorization?: string; cookie?: string }): Promise<HandoutGrant> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (headers.authorization !== undefined) return this.forPair(pairId, bearer ?? '');
    const facilitator = await this.auth.facilitatorForToken(readCookie(headers.cookie, SESSION_COOKIE));
    if (!facilitator) throw unauthorized();
    if (!UUID.test(pairId)) throw handoutNotFound();
    const sessionId = await this.handouts.sessionIdForPair(pairId);
    const session = sessionId ? await this.sessions.findById(sessionId) : null;
    if (!session || session.facilitatorId !== facilitator.id) throw handoutNotFound();
    return { session, reader: { kind: 'facilitator', facilitator } };
  }

  private async forPair(pairId: string, token: string): Promise<HandoutGrant> {
    if (token === '' || token.length > MAX_TOKEN_LENGTH) throw unauthorized();
    const device = await this.sessions.credentialForToken(hashToken(token));
    if (!device || device.pairId !== pairId) throw unauthorized();
    const session = await this.sessions.findById(device.sessionId);
    if (!session) throw unauthorized();
    return { session, reader: { kind: 'pair', token, member: device.member, credential: device.credential } };
  }
}
