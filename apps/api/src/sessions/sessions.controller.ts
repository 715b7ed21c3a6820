import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { SHIPPED_LANGUAGES } from '@kindred/content';
import { z } from 'zod';
import { CurrentFacilitator, FacilitatorGuard } from '../auth/auth.guard';
import type { Facilitator } from '../auth/auth.service';
import { parseBody } from '../http/zod-body';
import { CustomizationSchema } from '../plans/plan-catalogue';
import { SessionsService, type SessionSummary } from './sessions.service';

export const CreateSessionBody = z.strictObject({
  title: z.string().trim().min(1, 'Give the session a title').max(120),
  planId: z.string().min(1).max(100),
  customization: CustomizationSchema.optional(),
  language: z.string().refine((l) => (SHIPPED_LANGUAGES).includes(l), 'not a language Kindred ships').default('en'),
  ageBand: z.enum(['teen', 'adult']).default('teen'),
  scheduledFor: z.iso.date().nullable().optional(),
  privateRetentionDays: z.number().int().min(1).max(3650).nullable().optional(),
  minGroupSize: z.number().int().min(2).max(20).optional(),
  /** Local help for the handout's resources box, one place per line. */
  localResources: z.array(z.string().trim().min(1).max(200)).max(6).optional(),
  /** The facilitator's safeguarding contact; only the console shows it. */
  safeguardingContact: z.string().trim().max(300).optional(),
});

@Controller('api/sessions')
@UseGuards(FacilitatorGuard)
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post()
  create(@CurrentFacilitator() facilitator: Facilitator, @Body() body: unknown): Promise<SessionSummary & { projectorToken: string }> {
    return this.sessions.create(facilitator, parseBody(CreateSessionBody, body));
  }

  @Get()
  async list(@CurrentFacilitator() facilitator: Facilitator): Promise<{ sessions: SessionSummary[] }> {
    return { sessions: await this.sessions.list(facilitator) };
  }

  @Get(':id')
  get(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<SessionSummary> {
    return this.sessions.get(facilitator, id);
  }

  /** A fresh read-only projector token (the old link stops working). */
  @Post(':id/projector-link')
  @HttpCode(200)
  projectorLink(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<{ projectorToken: string }> {
    return this.sessions.newProjectorLink(facilitator, id);
  }
}
