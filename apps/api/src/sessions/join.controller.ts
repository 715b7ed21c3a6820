import { Body, Controller, Get, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JoinBody, parseCommand, type JoinInfo, type JoinResult } from '@kindred/session';
import type { Request } from 'express';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/zod-body';
import { hashToken, newToken } from '../security/tokens';
import { normalizeJoinCode } from './join-code';
import { JoinLimiter } from './join-limiter';
import { LiveSessionsService } from './live-sessions.service';
import { SessionStore, type SessionRow } from './session-store';

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
  ) {}

  /** Checks a code before the pair types its name. */
  @Get(':code')
  async lookup(@Param('code') code: string, @Req() req: Request): Promise<JoinInfo> {
    const row = await this.findSession(code, req.ip ?? 'unknown');
    const live = await this.sessions.get(row.id);
    return { title: row.title, acceptingPairs: !!live && live.state.phase !== 'ended' && !live.state.locked };
  }

  @Post()
  async join(@Body() body: unknown, @Req() req: Request): Promise<JoinResult> {
    const input = parseBody(JoinBody, body);
    const row = await this.findSession(input.code, req.ip ?? 'unknown');
    // The protocol's schema trims and checks names exactly as for every socket command.
    const command = parseCommand({ type: 'pair.join', name: input.pairName, members: input.members ?? {} });
    if (!command.ok) throw new ApiError('payload/invalid', command.message.replace('Invalid pair.join: ', ''));
    const pairId = randomUUID();
    const pairToken = newToken();
    const ack = await this.sessions.execute(row.id, { kind: 'pair', pairId, member: null }, command.command, {
      newPair: { pairId, tokenHash: hashToken(pairToken) },
    });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, ACK_STATUS[ack.code] ?? HttpStatus.BAD_REQUEST);
    return { sessionId: row.id, pairId, pairToken };
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
