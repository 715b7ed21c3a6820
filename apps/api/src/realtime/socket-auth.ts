import { Injectable } from '@nestjs/common';
import { currentDeviceRejection, getPair, languageSchema, parseHandshakeLanguage, type Actor, type AudienceKind } from '@kindred/session';
import type { MemberRole } from '@kindred/content';
import { z } from 'zod';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { hashToken, readCookie } from '../security/tokens';
import { LiveSessionReader } from '../sessions/live-session-ports';
import { SessionStore } from '../sessions/session-store';
import { SessionTeam } from '../sessions/session-team';

const token = z.string().min(20).max(100);
const uuid = z.uuid();

/**
 * What a socket says about itself in the handshake's `auth` (never in the URL, which
 * gets logged). A pair's device gives only its credential (`pairToken`: the join token
 * or a member's own): which member it is comes from the credential, so a handshake
 * that declares a member is refused (`member: null`, which older clients send, is
 * tolerated and means nothing).
 */
export const HandshakeAuth = z.discriminatedUnion('role', [
  z.object({ role: z.literal('facilitator'), sessionId: uuid, language: languageSchema.optional() }),
  z.strictObject({ role: z.literal('pair'), pairToken: token, member: z.null().optional(), language: languageSchema.optional() }),
  z.object({ role: z.literal('projector'), sessionId: uuid, projectorToken: token, language: languageSchema.optional() }),
]);

/**
 * What the socket's credential was, so it can be checked again on every command:
 * a facilitator's sign-in (token kept in memory only, and its expiry), a projector
 * link's hash; a pair is checked against the session's state (removed or not).
 */
export type SocketCredential =
  | { kind: 'facilitator'; token: string; tokenHash: Buffer; expiresAt: number; facilitatorId: string; displayName: string; coFacilitator: boolean }
  | { kind: 'pair' }
  | { kind: 'projector'; tokenHash: Buffer };

/** Who a connected socket is; kept in `socket.data`. */
export interface SocketIdentity {
  sessionId: string;
  actor: Actor;
  audience: AudienceKind;
  pairId: string | null;
  member: MemberRole | null;
  /** The pair credential the socket connected with (null: the join token, or not a pair). */
  credential: string | null;
  /** What to check again on every command (see SocketAuthenticator.recheck). */
  recheck: SocketCredential;
  /**
   * The language this device asked for (handshake `auth.language`, then `pair.setLanguage`):
   * its `session.agenda` is in it. Null: the pair's recorded language, then the session's.
   */
  language: string | null;
}

/** Every pair socket's (nothing in it to keep per socket). */
const PAIR_RECHECK: SocketCredential = Object.freeze({ kind: 'pair' });

const PROJECTOR_LINK_INVALID = 'This projector link is not valid any more. Open a new one from the console.';

/** Why a connected socket's credential no longer holds. */
export interface Revoked {
  code: 'auth/unauthenticated' | 'auth/pair-removed' | 'auth/unknown-pair' | 'auth/forbidden';
  message: string;
}

/** A facilitator's or projector's credential is looked up again at most this often; expiry and removal are checked every time. */
export const CREDENTIAL_RECHECK_MS = 5_000;

export class HandshakeRejected extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function claimsMember(rawAuth: unknown): boolean {
  return typeof rawAuth === 'object' && rawAuth !== null && (rawAuth as { member?: unknown }).member != null;
}

@Injectable()
export class SocketAuthenticator {
  /** How long a looked-up sign-in or projector link is trusted before the next lookup (tests shorten it). */
  recheckMs = CREDENTIAL_RECHECK_MS;

  constructor(
    private readonly auth: AuthService,
    private readonly store: SessionStore,
    private readonly sessions: LiveSessionReader,
    private readonly team: SessionTeam,
  ) {}

  /**
   * Checks a connected socket's credential again, before each command: cheap checks
   * (expiry, the cached session state) every time, a database lookup for sign-ins and
   * projector links at most every CREDENTIAL_RECHECK_MS. Revocation also disconnects
   * sockets at once (sign-out, removal, a new projector link); this catches any the
   * disconnect raced with. Null: still valid.
   */
  async recheck(identity: SocketIdentity, verifiedAt: number, now: number): Promise<Revoked | null> {
    const { recheck: credential } = identity;
    switch (credential.kind) {
      case 'facilitator': {
        if (now >= credential.expiresAt) return { code: 'auth/unauthenticated', message: 'Your sign-in has expired. Please sign in again.' };
        if (now - verifiedAt < this.recheckMs) return null;
        const signedIn = await this.auth.signedIn(credential.token);
        if (!signedIn) return { code: 'auth/unauthenticated', message: 'Please sign in again.' };
        // A co-facilitator the owner took off the team is cut off even if the disconnect raced.
        if (credential.coFacilitator && (await this.team.roleOf(identity.sessionId, credential.facilitatorId)) === null) {
          return { code: 'auth/forbidden', message: 'The session’s owner no longer has you facilitating this session.' };
        }
        return null;
      }
      case 'pair': {
        const live = await this.sessions.get(identity.sessionId);
        const pair = live && identity.pairId ? getPair(live.state, identity.pairId) : undefined;
        if (!pair) return { code: 'auth/unknown-pair', message: 'This device is not part of the session. Please join again.' };
        return pair.removedAt === null ? null : { code: 'auth/pair-removed', message: 'The facilitator removed this pair from the session.' };
      }
      case 'projector': {
        if (now - verifiedAt < this.recheckMs) return null;
        const ok = await this.store.sessionIdForProjectorToken(identity.sessionId, credential.tokenHash);
        return ok ? null : { code: 'auth/unauthenticated', message: PROJECTOR_LINK_INVALID };
      }
      default: {
        const _exhaustive: never = credential;
        return _exhaustive;
      }
    }
  }

  async identify(rawAuth: unknown, cookieHeader: string | undefined): Promise<SocketIdentity> {
    if (claimsMember(rawAuth)) {
      throw new HandshakeRejected('auth/forbidden', 'A device cannot say which member it is: that comes from its own credential. Join with the code from your own phone.');
    }
    // A language Kindred doesn't ship is a malformed request, not a bad credential.
    if (!parseHandshakeLanguage(rawAuth).ok) throw new HandshakeRejected('payload/invalid', 'auth.language is not a language Kindred ships.');
    const parsed = HandshakeAuth.safeParse(rawAuth);
    if (!parsed.success) throw new HandshakeRejected('auth/unauthenticated', 'Missing or malformed credentials.');
    const auth = parsed.data;
    const language = auth.language ?? null;
    switch (auth.role) {
      case 'facilitator': {
        const token = readCookie(cookieHeader, SESSION_COOKIE);
        const signedIn = await this.auth.signedIn(token);
        if (!token || !signedIn) throw new HandshakeRejected('auth/unauthenticated', 'Please sign in again.');
        const { facilitator } = signedIn;
        const live = await this.sessions.get(auth.sessionId);
        if (!live) throw new HandshakeRejected('session/not-found', 'This session does not exist.');
        // The owner, or a colleague the owner invited (the engine trusts this check: see FacilitatorActor).
        const role = live.state.facilitatorId === facilitator.id ? 'owner' : await this.team.roleOf(auth.sessionId, facilitator.id);
        if (role === null) throw new HandshakeRejected('auth/forbidden', 'This is not your session.');
        const coFacilitator = role === 'co-facilitator';
        return {
          sessionId: auth.sessionId,
          actor: coFacilitator ? { kind: 'facilitator', facilitatorId: facilitator.id, coFacilitator: true } : { kind: 'facilitator', facilitatorId: facilitator.id },
          audience: 'facilitator',
          pairId: null,
          member: null,
          credential: null,
          recheck: {
            kind: 'facilitator',
            token,
            tokenHash: hashToken(token),
            expiresAt: signedIn.expiresAt,
            facilitatorId: facilitator.id,
            displayName: facilitator.displayName,
            coFacilitator,
          },
          language,
        };
      }
      case 'pair': {
        const device = await this.store.credentialForToken(hashToken(auth.pairToken));
        if (!device) throw new HandshakeRejected('auth/unknown-pair', 'This device is not part of the session. Please join again.');
        const live = await this.sessions.fresh(device.sessionId);
        const state = live ? getPair(live.state, device.pairId) : undefined;
        if (!live || !state) throw new HandshakeRejected('auth/unknown-pair', 'This device is not part of the session. Please join again.');
        if (state.removedAt !== null) throw new HandshakeRejected('auth/pair-removed', 'The facilitator removed this pair from the session.');
        const actor = { kind: 'pair' as const, pairId: device.pairId, member: device.member, credential: device.credential };
        // The same check the engine makes on every command: a retired credential gets nothing, not even a view.
        const stale = currentDeviceRejection(state, actor);
        if (stale) throw new HandshakeRejected(stale.code, stale.message);
        return {
          sessionId: device.sessionId,
          actor,
          audience: device.member ? 'member' : 'pair',
          pairId: device.pairId,
          member: device.member,
          credential: device.credential,
          recheck: PAIR_RECHECK,
          language,
        };
      }
      case 'projector': {
        const tokenHash = hashToken(auth.projectorToken);
        const ok = await this.store.sessionIdForProjectorToken(auth.sessionId, tokenHash);
        if (!ok) throw new HandshakeRejected('auth/unauthenticated', PROJECTOR_LINK_INVALID);
        return { sessionId: auth.sessionId, actor: { kind: 'projector' }, audience: 'projector', pairId: null, member: null, credential: null, recheck: { kind: 'projector', tokenHash }, language };
      }
      default: {
        const _exhaustive: never = auth;
        return _exhaustive;
      }
    }
  }
}
