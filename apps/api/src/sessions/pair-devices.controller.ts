import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { MemberRole } from '@kindred/content';
import { currentDeviceRejection, DeviceCodeBody, getPair, RedeemBody, type DeviceCodeResult, type MergeResult, type PairActor, type PairState, type RedeemedDevice } from '@kindred/session';
import type { Request } from 'express';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/zod-body';
import { hashToken, newToken } from '../security/tokens';
import { DEVICE_CODE_TTL_MS, generateDeviceCode, normalizeDeviceCode } from './device-codes';
import { addressKey, RateLimits } from '../security/rate-limits';
import { LiveSessionsService, type LiveSession } from './live-sessions.service';
import { JsonLogger } from '../logging/json-logger';
import { PairDeviceStore } from './pair-device-store';
import { SessionStore } from './session-store';


const STATUS: Record<string, HttpStatus> = {
  'auth/unauthenticated': HttpStatus.UNAUTHORIZED,
  'auth/unknown-pair': HttpStatus.UNAUTHORIZED,
  'auth/pair-split': HttpStatus.UNAUTHORIZED,
  'auth/pair-merged': HttpStatus.UNAUTHORIZED,
  'auth/device-replaced': HttpStatus.UNAUTHORIZED,
  'auth/pair-removed': HttpStatus.FORBIDDEN,
  'session/ended': HttpStatus.GONE,
  'devices/code-unknown': HttpStatus.NOT_FOUND,
};

function other(member: MemberRole): MemberRole {
  return member === 'mother' ? 'son' : 'mother';
}

interface Device {
  live: LiveSession;
  pair: PairState;
  actor: PairActor;
}

/**
 * A pair's phones: one device makes a one-time code for a new phone (a second phone,
 * or a replacement for the other member's lost one), the new phone redeems it for its
 * own member credential, and both members can ask to go back to one phone. Tokens
 * travel only in these responses; the log holds credential ids, the database hashes.
 */
@Controller('api/pair-devices')
export class PairDevicesController {
  constructor(
    private readonly store: SessionStore,
    private readonly devices: PairDeviceStore,
    private readonly sessions: LiveSessionsService,
    private readonly limits: RateLimits,
    private readonly logger: JsonLogger,
  ) {}

  /**
   * From the shared device: a code for `role`'s new phone, plus the credential this
   * device moves to (the other member's) once that phone is in. From a member's phone:
   * a code for the other member's replacement phone.
   */
  @Post('code')
  async code(@Headers('authorization') authorization: string | undefined, @Body() body: unknown): Promise<DeviceCodeResult> {
    const input = parseBody(DeviceCodeBody, body ?? {});
    const { live, pair, actor } = await this.device(authorization);
    if (live.state.phase === 'ended') throw new ApiError('session/ended', 'This session has ended.', HttpStatus.GONE);
    const split = pair.devices.mode === 'split';
    const newRole = actor.member === null ? input.role : other(actor.member);
    if (!newRole) throw new ApiError('payload/invalid', 'Say who will use the new phone (role: mother or son).');
    if (actor.member !== null && input.role !== undefined && input.role !== newRole) {
      throw new ApiError('devices/own-role', "A phone can only let in the other member's new phone.");
    }
    const code = generateDeviceCode();
    const keep = split ? null : { id: randomUUID(), role: other(newRole), token: newToken() };
    const expiresAt = new Date(Date.now() + DEVICE_CODE_TTL_MS);
    await this.devices.replaceCode(
      { hash: hashToken(code), pairId: pair.pairId, sessionId: live.id, role: newRole, issuer: { credential: actor.credential ?? null, member: actor.member }, expiresAt },
      keep && { id: keep.id, role: keep.role, tokenHash: hashToken(keep.token) },
    );
    return { code, role: newRole, expiresAt: expiresAt.getTime(), keep: keep && { pairToken: keep.token, member: keep.role } };
  }

  /** A new phone turns a code into its own member credential. */
  @Post('redeem')
  @HttpCode(HttpStatus.OK)
  async redeem(@Body() body: unknown, @Req() req: Request): Promise<RedeemedDevice> {
    const input = parseBody(RedeemBody, body);
    // Wrong phone codes count against the same per-address brake as wrong join codes.
    const address = addressKey(req.ip);
    const brake = await this.limits.check('joinFailsPerAddress', address);
    if (!brake.ok) {
      throw new ApiError('join/rate-limited', 'Too many tries. Please wait a minute and try again.', HttpStatus.TOO_MANY_REQUESTS, {
        retryAfterSec: Math.ceil(brake.retryAfterMs / 1000),
      });
    }
    const normalized = normalizeDeviceCode(input.code);
    const hash = normalized ? hashToken(normalized) : null;
    const row = hash ? await this.devices.findCode(hash) : null;
    if (!row || !hash) {
      await this.limits.consume('joinFailsPerAddress', address);
      throw new ApiError('devices/code-unknown', "That phone code is not valid any more. Ask for a new one on the pair's phone.", HttpStatus.NOT_FOUND);
    }
    const credential = randomUUID();
    const token = newToken();
    // Acting as the device that made the code: if its credential was retired meanwhile, the engine refuses.
    const issuer: PairActor = { kind: 'pair', pairId: row.pairId, member: row.issuer.member, credential: row.issuer.credential };
    const command = { type: 'devices.add' as const, role: row.role, credential, ...(row.keepCredential ? { keep: row.keepCredential } : {}) };
    const ack = await this.sessions.execute(row.sessionId, issuer, command, {
      credentials: [{ id: credential, pairId: row.pairId, role: row.role, tokenHash: hashToken(token) }],
      consumeCodeHash: hash,
    });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, STATUS[ack.code] ?? HttpStatus.CONFLICT);
    if (input.language) await this.recordLanguage(row.sessionId, { kind: 'pair', pairId: row.pairId, member: row.role, credential }, input.language);
    return { sessionId: row.sessionId, pairId: row.pairId, pairToken: token, member: row.role };
  }

  /**
   * The new phone's language becomes the pair's, as `pair.setLanguage` from it would.
   * The phone is in already: a failure here costs only the printed handout's language,
   * so it is logged, not turned into a failed redeem (whose credential would be lost).
   */
  private async recordLanguage(sessionId: string, actor: PairActor, language: string): Promise<void> {
    try {
      const ack = await this.sessions.execute(sessionId, actor, { type: 'pair.setLanguage', language });
      if (!ack.ok) this.logger.event('warn', 'redeemed phone language not recorded', { sessionId, code: ack.code });
    } catch (error) {
      this.logger.event('warn', 'redeemed phone language not recorded', { sessionId, error });
    }
  }

  /**
   * A member asks to go back to one phone. When the other member has asked too, this
   * phone becomes the pair's shared device with a fresh credential (in the response);
   * until then `merged` is false.
   */
  @Post('merge')
  @HttpCode(HttpStatus.OK)
  async merge(@Headers('authorization') authorization: string | undefined): Promise<MergeResult> {
    const { live, pair, actor } = await this.device(authorization);
    const credential = randomUUID();
    const token = newToken();
    const ack = await this.sessions.execute(live.id, actor, { type: 'devices.merge', credential }, {
      credentials: [{ id: credential, pairId: pair.pairId, role: null, tokenHash: hashToken(token) }],
    });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, STATUS[ack.code] ?? HttpStatus.CONFLICT);
    const devices = getPair(live.state, pair.pairId)?.devices;
    const merged = devices?.mode === 'shared' && devices.credential === credential;
    return merged ? { merged: true, pairToken: token } : { merged: false };
  }

  /** The device behind a bearer credential, if that credential is still one of its pair's current ones. */
  private async device(authorization: string | undefined): Promise<Device> {
    const token = /^Bearer\s+(\S{20,100})$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new ApiError('auth/unauthenticated', "Open this from the pair's phone.", HttpStatus.UNAUTHORIZED);
    const row = await this.store.credentialForToken(hashToken(token));
    const live = row ? await this.sessions.fresh(row.sessionId) : null;
    const pair = row && live ? getPair(live.state, row.pairId) : undefined;
    if (!row || !live || !pair) throw new ApiError('auth/unknown-pair', 'This device is not part of the session. Please join again.', HttpStatus.UNAUTHORIZED);
    if (pair.removedAt !== null) throw new ApiError('auth/pair-removed', 'The facilitator removed this pair from the session.', HttpStatus.FORBIDDEN);
    const actor: PairActor = { kind: 'pair', pairId: row.pairId, member: row.member, credential: row.credential };
    const stale = currentDeviceRejection(pair, actor);
    if (stale) throw new ApiError(stale.code, stale.message, STATUS[stale.code] ?? HttpStatus.UNAUTHORIZED);
    return { live, pair, actor };
  }
}
