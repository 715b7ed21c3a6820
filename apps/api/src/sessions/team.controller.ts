import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { InviteTokenBody, type InviteCreated, type InvitePreview, type Team } from '@kindred/session';
import { CurrentFacilitator, FacilitatorGuard } from '../auth/auth.guard';
import type { Facilitator } from '../auth/auth.service';
import { parseBody } from '../http/zod-body';
import { SessionTeam } from './session-team';

/** Who facilitates a session: the team, invites (owner only) and accepting one. */
@Controller('api')
export class TeamController {
  constructor(private readonly team: SessionTeam) {}

  @Get('sessions/:id/team')
  @UseGuards(FacilitatorGuard)
  list(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<Team> {
    return this.team.team(facilitator, id);
  }

  @Post('sessions/:id/invites')
  @UseGuards(FacilitatorGuard)
  invite(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<InviteCreated> {
    return this.team.invite(facilitator, id);
  }

  @Delete('sessions/:id/team/:facilitatorId')
  @UseGuards(FacilitatorGuard)
  @HttpCode(204)
  remove(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Param('facilitatorId') facilitatorId: string): Promise<void> {
    return this.team.remove(facilitator, id, facilitatorId);
  }

  /** Open to anyone holding the link: the invite page shows what it is for before sign-in. */
  @Post('invites/preview')
  @HttpCode(200)
  preview(@Body() body: unknown): Promise<InvitePreview> {
    return this.team.preview(parseBody(InviteTokenBody, body).token);
  }

  @Post('invites/accept')
  @UseGuards(FacilitatorGuard)
  @HttpCode(200)
  accept(@CurrentFacilitator() facilitator: Facilitator, @Body() body: unknown): Promise<{ sessionId: string }> {
    return this.team.accept(facilitator, parseBody(InviteTokenBody, body).token);
  }
}
