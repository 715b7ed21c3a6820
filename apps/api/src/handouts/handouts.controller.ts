import { Controller, Get, Header, Inject, Param, Req, StreamableFile } from '@nestjs/common';
import { handoutLink } from '@kindred/session';
import type { Request } from 'express';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { download, fileSlug, publicOrigin } from './downloads';
import { HandoutAccess } from './handout-access';
import type { HandoutModel } from './handout-model';
import { HandoutsService } from './handouts.service';
import { renderHandoutsPdf } from './pdf/handout-pdf';

/** A pair's handout, opened with the pair's token or by the session's facilitator. */
@Controller('api/handouts')
export class HandoutsController {
  constructor(
    private readonly access: HandoutAccess,
    private readonly handouts: HandoutsService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Get(':pairId')
  @Header('Cache-Control', 'no-store')
  async handout(@Param('pairId') pairId: string, @Req() req: Request): Promise<HandoutModel> {
    const grant = await this.access.authorize(pairId, req.headers);
    return this.handouts.handout(grant.session, pairId);
  }

  @Get(':pairId/pdf')
  @Header('Cache-Control', 'no-store')
  async pdf(@Param('pairId') pairId: string, @Req() req: Request): Promise<StreamableFile> {
    const grant = await this.access.authorize(pairId, req.headers);
    const model = await this.handouts.handout(grant.session, pairId);
    // Only the pair's own request carries the token a QR code could open the page with.
    const qrUrl = grant.reader.kind === 'pair' ? handoutLink(publicOrigin(this.config.publicUrl, req), pairId, grant.reader.token) : null;
    const pdf = await renderHandoutsPdf([{ model, qrUrl }], { title: `${model.workshop.title}: ${model.pair.name}`, bundle: false });
    return download(pdf, 'application/pdf', `kindred-handout-${fileSlug(model.pair.name)}.pdf`);
  }
}
