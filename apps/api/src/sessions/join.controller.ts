import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { getPair, JoinBody, parseCommand, type JoinInfo, type JoinResult } from '@kindred/session';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/zod-body';
import { hashToken, newToken, readCookie } from '../security/tokens';
import { normalizeJoinCode } from './join-code';
import { JoinLimiter } from './join-limiter';
import { LiveSessionsService } from './live-sessions.service';
import { SessionStore, type SessionRow } from './session-store';

/** An httpOnly cookie marking the joining browser, so a removed pair can't come back under a new name. */
export const DEVICE_COOKIE = 'kindred_device';
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

/** Pairs have no accounts: a valid code and a name make a pair, and a random token keeps it. */
@Controller('api/join')
export class JoinController {
  private readonly limiter = new JoinLimiter();

  constructor(
    private readonly store: SessionStore,
    private readonly sessions: LiveSessionsService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  /** Checks a code before the pair types its name. */
  @Get(':code')
  async lookup(@Param('code') code: string, @Req() req: Request): Promise<JoinInfo> {
    const row = await this.findSession(code, req.ip ?? 'unknown');
    const live = await this.sessions.get(row.id);
    return { title: row.title, acceptingPairs: !!live && live.state.phase !== 'ended' && !live.state.locked };
  }

  @Post()
  async join(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<JoinResult> {
    const input = parseBody(JoinBody, body);
    const row = await this.findSession(input.code, req.ip ?? 'unknown');
    const device = this.deviceToken(req, res);
    await this.refuseRemovedDevice(row.id, device);
    // The protocol's schema trims and checks names exactly as for every socket command.
    const command = parseCommand({ type: 'pair.join', name: input.pairName, members: input.members ?? {} });
    if (!command.ok) throw new ApiError('payload/invalid', command.message.replace('Invalid pair.join: ', ''));
    const pairId = randomUUID();
    const pairToken = newToken();
    const ack = await this.sessions.execute(row.id, { kind: 'pair', pairId, member: null }, command.command, {
      newPair: { pairId, tokenHash: hashToken(pairToken), deviceHash: deviceHash(device, row.id) },
    });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, ACK_STATUS[ack.code] ?? HttpStatus.BAD_REQUEST);
    return { sessionId: row.id, pairId, pairToken };
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

  private async findSession(rawCode: string, ip: string): Promise<SessionRow> {
    const now = Date.now();
    if (this.limiter.blocked(ip, now)) {
      throw new ApiError('join/rate-limited', 'Too many tries. Please wait a minute and try again.', HttpStatus.TOO_MANY_REQUESTS);
    }
    const code = normalizeJoinCode(rawCode);
    const row = code ? await this.store.findOpenByCode(code) : null;
    if (!row) {
      this.limiter.recordFailure(ip, now);
      throw new ApiError('join/code-unknown', 'There is no session with that code. Check the code on the screen.', HttpStatus.NOT_FOUND);
    }
    return row;
  }
}
