import { Body, Controller, Get, Header, HttpCode, HttpStatus, Inject, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { handoutLink, HandoutQuery, HandoutShareBody } from '@kindred/session';
import type { Request } from 'express';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/zod-body';
import { SessionCommandRunner } from '../sessions/live-session-ports';
import { download, fileSlug, publicOrigin } from './downloads';
import { HandoutAccess } from './handout-access';
import type { HandoutModel } from './handout-model';
import { HandoutsService } from './handouts.service';
import { PdfRenderPool } from './pdf/pdf-pool';

/** A pair's handout, opened with the pair's token or by the session's facilitator. */
@Controller('api/handouts')
export class HandoutsController {
  constructor(
    private readonly access: HandoutAccess,
    private readonly handouts: HandoutsService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly commands: SessionCommandRunner,
    private readonly pdfs: PdfRenderPool,
  ) {}

  @Get(':pairId')
  @Header('Cache-Control', 'no-store')
  async handout(@Param('pairId') pairId: string, @Req() req: Request, @Query() query: unknown): Promise<HandoutModel> {
    const { lang } = parseBody(HandoutQuery, query);
    const grant = await this.access.authorize(pairId, req.headers);
    return this.handouts.handout(grant.session, pairId, grant.reader.kind, lang);
  }

  @Get(':pairId/pdf')
  @Header('Cache-Control', 'no-store')
  async pdf(@Param('pairId') pairId: string, @Req() req: Request, @Query() query: unknown): Promise<StreamableFile> {
    const { lang } = parseBody(HandoutQuery, query);
    const grant = await this.access.authorize(pairId, req.headers);
    const model = await this.handouts.handout(grant.session, pairId, grant.reader.kind, lang);
    // Only the pair's own request carries the token a QR code could open the page with.
    const qrUrl = grant.reader.kind === 'pair' ? handoutLink(publicOrigin(this.config.publicUrl, req), pairId, grant.reader.token) : null;
    const requester = grant.reader.kind === 'pair' ? (`pair:${pairId}` as const) : (`facilitator:${grant.reader.facilitator.id}` as const);
    const pdf = await this.pdfs.render(requester, [{ model, qrUrl }], { title: `${model.workshop.title}: ${model.pair.name}`, bundle: false });
    return download(pdf, 'application/pdf', `kindred-handout-${fileSlug(model.pair.name)}.pdf`);
  }

  /**
   * The pair shares its handout with the facilitator (for printing) or withdraws it.
   * Only with the pair's own token: the facilitator can't consent for a pair. Goes
   * through the engine as `handout.share`, so the choice is an event in the log.
   */
  @Post(':pairId/share')
  @HttpCode(200)
  async share(@Param('pairId') pairId: string, @Body() body: unknown, @Req() req: Request): Promise<HandoutModel> {
    const grant = await this.access.authorize(pairId, req.headers);
    if (grant.reader.kind !== 'pair') throw new ApiError('auth/forbidden', 'Only the pair can share its handout, from its own device.', HttpStatus.FORBIDDEN);
    const { shared } = parseBody(HandoutShareBody, body);
    // The actor is the device the token stands for, as on a socket: the engine checks it is still current.
    const { member, credential } = grant.reader;
    const ack = await this.commands.execute(grant.session.id, { kind: 'pair', pairId, member, credential }, { type: 'handout.share', shared });
    if (!ack.ok) throw new ApiError(ack.code, ack.message, ack.code === 'auth/pair-removed' ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
    return this.handouts.handout(grant.session, pairId, 'pair');
  }
}
