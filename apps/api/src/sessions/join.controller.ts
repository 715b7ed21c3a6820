import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { getPair, JoinBody, pairsInJoinOrder, parseCommand, type JoinInfo, type JoinResult } from '@kindred/session';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { ApiError } from '../http/api-error';
import { addressKey, RateLimits } from '../security/rate-limits';
import { parseBody } from '../http/zod-body';
import { hashToken, newToken, readCookie } from '../security/tokens';
import { normalizeJoinCode } from './join-code';
import { LiveSessionsService } from './live-sessions.service';
import { SessionStore, type SessionRow } from './session-store';

/** An httpOnly cookie marking the joining browser, so a removed pair can't come back under a new name. */
export const DEVICE_COOKIE = 'kindred_join_device';
const DEVICE_COOKIE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Per session, so the marker stored with one session's pairs can't be matched with another's. */
export function deviceHash(deviceToken: string, sessionId: string): Buffer {
  return hashToken(`${sessionId}:${deviceToken}`);
}

const ACK_STATUS: Record<string, HttpStatus> = {
  'join/room-locked': HttpStatus.FORBIDDEN,
  'join/session-ended': HttpStatus.GONE,
  'join/name-taken': HttpStatus.CONFLICT,
};

const tooMany = (retryAfterMs: number) =>
  new ApiError('join/rate-limited', 'Too many tries. Please wait a minute and try again.', HttpStatus.TOO_MANY_REQUESTS, {
    retryAfterSec: Math.ceil(retryAfterMs / 1000),
  });

/**
 * Pairs have no accounts: a valid code and a name make a pair, and a random token keeps it.
 *
 * Code guessing is braked per address and per code prefix, never for the whole
 * server: one attacker can't fill a cap that locks the room out. The prefix brake
 * only applies to addresses that have already sent a wrong code in the window, so a
 * flood of guesses in the room's prefix doesn't stop a pair typing the right code.
 * Only real wrong codes count (a database error is not the pair's fault).
 */
@Controller('api/join')
export class JoinController {
  constructor(
    private readonly store: SessionStore,
    private readonly sessions: LiveSessionsService,
    private readonly limits: RateLimits,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  /** Checks a code before the pair types its name. */
  @Get(':code')
  async lookup(@Param('code') code: string, @Req() req: Request): Promise<JoinInfo> {
    const row = await this.findSession(code, addressKey(req.ip));
    const live = await this.sessions.get(row.id);
    return { title: row.title, acceptingPairs: !!live && live.state.phase !== 'ended' && !live.state.locked, language: row.language };
  }

  @Post()
  async join(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<JoinResult> {
    const input = parseBody(JoinBody, body);
    const address = addressKey(req.ip);
    const row = await this.findSession(input.code, address);
    // The protocol's schema normalizes and checks names exactly as for every socket command.
    const device = this.deviceToken(req, res);
    await this.refuseRemovedDevice(row.id, device);
    const command = parseCommand({ type: 'pair.join', name: input.pairName, members: input.members ?? {}, ...(input.language ? { language: input.language } : {}) });
    if (!command.ok) throw new ApiError('payload/invalid', command.message.replace('Invalid pair.join: ', ''));
    const live = await this.sessions.get(row.id);
    const pairs = live ? pairsInJoinOrder(live.state).filter((p) => p.removedAt === null).length : 0;
    if (pairs >= this.config.maxPairsPerSession) {
      throw new ApiError('join/session-full', 'This session has as many pairs as it can take. Ask the facilitator.', HttpStatus.FORBIDDEN, {
        maxPairs: this.config.maxPairsPerSession,
      });
    }
    const joins = await this.limits.consume('joinsPerAddress', address);
    if (!joins.ok) throw tooMany(joins.retryAfterMs);
    const pairId = randomUUID();
    const pairToken = newToken();
    const ack = await this.sessions.execute(row.id, { kind: 'pair', pairId, member: null }, command.command, {
      newPair: { pairId, tokenHash: hashToken(pairToken), deviceHash: deviceHash(device, row.id) },
    });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, ACK_STATUS[ack.code] ?? HttpStatus.BAD_REQUEST);
    // The name may have been made unique ("Night Owls 2"): the pair is told which one it got.
    const joined = (await this.sessions.get(row.id))?.state;
    const pairName = (joined && getPair(joined, pairId)?.name) ?? input.pairName;
    return { sessionId: row.id, pairId, pairToken, pairName };
  }

  /** The browser's device marker, set on its first join. Clearing cookies gets around it: docs/privacy.md says so. */
  private deviceToken(req: Request, res: Response): string {
    const existing = readCookie(req.headers.cookie, DEVICE_COOKIE);
    if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
    const token = newToken();
    res.cookie(DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/api/join', maxAge: DEVICE_COOKIE_MAX_AGE_MS });
    return token;
  }

  /** A device whose pair was removed stays out (under any name) until the facilitator lets that pair back in. */
  private async refuseRemovedDevice(sessionId: string, device: string): Promise<void> {
    const pairIds = await this.store.pairIdsForDevice(sessionId, deviceHash(device, sessionId));
    if (pairIds.length === 0) return;
    const live = await this.sessions.get(sessionId);
    const removed = pairIds.some((id) => {
      const pair = live ? getPair(live.state, id) : undefined;
      return pair !== undefined && pair.removedAt !== null;
    });
    if (removed) throw new ApiError('join/pair-removed', 'The facilitator removed your pair from this session. Ask them to let you back in.', HttpStatus.FORBIDDEN);
  }

  private async findSession(rawCode: string, address: string): Promise<SessionRow> {
    const byAddress = await this.limits.check('joinFailsPerAddress', address);
    if (!byAddress.ok) throw tooMany(byAddress.retryAfterMs);
    const code = normalizeJoinCode(rawCode);
    const prefix = code ? code.slice(0, 2) : 'malformed';
    if ((await this.limits.used('joinFailsPerAddress', address)) > 0) {
      const byPrefix = await this.limits.check('joinFailsPerPrefix', prefix);
      if (!byPrefix.ok) throw tooMany(byPrefix.retryAfterMs);
    }
    // Only a lookup that answered "no such code" counts against the address: a failed
    // lookup (database away, timeout) throws before this and must never lock a room out.
    const row = code ? await this.store.findOpenByCode(code) : null;
    if (!row) {
      await Promise.all([this.limits.consume('joinFailsPerAddress', address), this.limits.consume('joinFailsPerPrefix', prefix)]);
      throw new ApiError('join/code-unknown', 'There is no session with that code. Check the code on the screen.', HttpStatus.NOT_FOUND);
    }
    return row;
  }
}
