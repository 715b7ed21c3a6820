import { Body, Controller, Get, Header, Headers, HttpCode, HttpStatus, Param, Post, Query, Req, UseGuards, type StreamableFile } from '@nestjs/common';
import {
  CommitmentOutcomeBody,
  LanguageQuery,
  LinkSessionBody,
  MarkPresentBody,
  NextEveningBody,
  RejoinBody,
  type EarlierCommitments,
  type RejoinOffer,
  type RejoinResult,
  type SeriesResult,
} from '@kindred/session';
import type { Request } from 'express';
import { CurrentFacilitator, FacilitatorGuard } from '../auth/auth.guard';
import type { Facilitator } from '../auth/auth.service';
import { csvDocument } from '../handouts/csv';
import { download, fileSlug } from '../handouts/downloads';
import { parseBody } from '../http/zod-body';
import type { SessionSummary } from '../sessions/sessions.service';
import { SeriesService } from './series.service';

/** The facilitator's side of a series: its evenings, attendance, the next evening, marking a pair present. */
@Controller('api/sessions')
@UseGuards(FacilitatorGuard)
export class SessionSeriesController {
  constructor(private readonly series: SeriesService) {}

  @Get(':id/series')
  @Header('Cache-Control', 'no-store')
  overview(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<SeriesResult> {
    return this.series.overview(facilitator, id);
  }

  @Post(':id/series/next')
  next(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Body() body: unknown): Promise<SessionSummary & { projectorToken: string }> {
    return this.series.nextEvening(facilitator, id, parseBody(NextEveningBody, body ?? {}).planId);
  }

  @Post(':id/series/link')
  @HttpCode(HttpStatus.OK)
  link(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Body() body: unknown): Promise<SeriesResult> {
    return this.series.link(facilitator, id, parseBody(LinkSessionBody, body).previousSessionId);
  }

  @Post(':id/series/present')
  @HttpCode(HttpStatus.OK)
  present(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Body() body: unknown): Promise<SeriesResult> {
    return this.series.markPresent(facilitator, id, parseBody(MarkPresentBody, body).seriesPairId);
  }

  @Get(':id/series/attendance.csv')
  @Header('Cache-Control', 'no-store')
  async attendanceCsv(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Query() query: unknown): Promise<StreamableFile> {
    const { lang } = parseBody(LanguageQuery, query);
    const rows = await this.series.attendanceCsvRows(facilitator, id, lang);
    return download(csvDocument(rows), 'text/csv; charset=utf-8', `kindred-series-attendance-${fileSlug(id)}.csv`);
  }
}

/** The pair's side: rejoin as itself, and its own earlier commitments (its credential only). */
@Controller('api/series')
export class PairSeriesController {
  constructor(private readonly series: SeriesService) {}

  @Get('rejoin')
  @Header('Cache-Control', 'no-store')
  offer(@Headers('authorization') authorization: string | undefined): Promise<RejoinOffer> {
    return this.series.rejoinOffer(authorization);
  }

  @Post('rejoin')
  rejoin(@Headers('authorization') authorization: string | undefined, @Body() body: unknown, @Req() req: Request): Promise<RejoinResult> {
    const { code } = parseBody(RejoinBody, body ?? {});
    return this.series.rejoin(authorization, code, req.ip);
  }

  @Get('commitments')
  @Header('Cache-Control', 'no-store')
  commitments(@Headers('authorization') authorization: string | undefined): Promise<EarlierCommitments> {
    return this.series.earlierCommitments(authorization);
  }

  @Post('commitments/outcome')
  @HttpCode(HttpStatus.OK)
  outcome(@Headers('authorization') authorization: string | undefined, @Body() body: unknown): Promise<EarlierCommitments> {
    const { sessionId, segmentId, outcome } = parseBody(CommitmentOutcomeBody, body);
    return this.series.setOutcome(authorization, sessionId, segmentId, outcome);
  }
}
