import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CreateSessionBody, DuplicateSessionBody } from '@kindred/session';
import { CurrentFacilitator, FacilitatorGuard } from '../auth/auth.guard';
import type { Facilitator } from '../auth/auth.service';
import { parseBody } from '../http/zod-body';
import { SessionCopies } from './session-copies';
import { SessionsService, type SessionSummary } from './sessions.service';

@Controller('api/sessions')
@UseGuards(FacilitatorGuard)
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly copies: SessionCopies,
  ) {}

  @Post()
  create(@CurrentFacilitator() facilitator: Facilitator, @Body() body: unknown): Promise<SessionSummary & { projectorToken: string }> {
    return this.copies.create(facilitator, parseBody(CreateSessionBody, body));
  }

  /** A new session with this one's settings (plan, customization, language, resources…). */
  @Post(':id/duplicate')
  duplicate(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Body() body: unknown): Promise<SessionSummary & { projectorToken: string }> {
    return this.copies.duplicate(facilitator, id, parseBody(DuplicateSessionBody, body ?? {}).title);
  }

  @Get()
  async list(@CurrentFacilitator() facilitator: Facilitator): Promise<{ sessions: SessionSummary[] }> {
    return { sessions: await this.sessions.list(facilitator) };
  }

  @Get(':id')
  get(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<SessionSummary> {
    return this.sessions.get(facilitator, id);
  }

  /** Only the owner; only once ended. */
  @Delete(':id')
  @HttpCode(204)
  delete(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<void> {
    return this.sessions.delete(facilitator, id);
  }

  /** A fresh read-only projector token (the old link stops working). */
  @Post(':id/projector-link')
  @HttpCode(200)
  projectorLink(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<{ projectorToken: string }> {
    return this.sessions.newProjectorLink(facilitator, id);
  }
}
