import { Controller, Get, Header, Param, Query, UseGuards, type StreamableFile } from '@nestjs/common';
import { languageSchema, timeZoneSchema, type FidelityRecord } from '@kindred/session';
import { z } from 'zod';
import { CurrentFacilitator, FacilitatorGuard } from '../auth/auth.guard';
import type { Facilitator } from '../auth/auth.service';
import { parseBody } from '../http/zod-body';
import { attendanceTable, SeriesService } from '../series/series.service';
import { SessionsService } from '../sessions/sessions.service';
import { SessionTeam } from '../sessions/session-team';
import { csvDocument } from './csv';
import { download, fileSlug } from './downloads';
import { HandoutsService } from './handouts.service';
import { PdfRenderPool } from './pdf/pdf-pool';
import { REPORT_CSV_PARTS, reportCsv } from './report-csv';

/** `lang`: the report's words and texts (default the session's); `tz`: the zone its times are in (default UTC). */
export const ReportCsvQuery = z.strictObject({ part: z.enum(REPORT_CSV_PARTS).optional(), lang: languageSchema.optional(), tz: timeZoneSchema.optional() });

/** What the facilitator takes away from a session: every handout to print, and the report. */
@Controller('api/sessions')
@UseGuards(FacilitatorGuard)
export class SessionExportsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly handouts: HandoutsService,
    private readonly team: SessionTeam,
    private readonly series: SeriesService,
    private readonly pdfs: PdfRenderPool,
  ) {}

  @Get(':id/handouts.pdf')
  @Header('Cache-Control', 'no-store')
  async handoutsPdf(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<StreamableFile> {
    const session = await this.sessions.ownedRow(facilitator, id);
    const models = await this.handouts.handoutsForSession(session);
    const pdf = await this.pdfs.render(
      `facilitator:${facilitator.id}`,
      models.map((model) => ({ model, qrUrl: null })),
      { title: `${session.title}: handouts`, bundle: true },
    );
    return download(pdf, 'application/pdf', `kindred-handouts-${fileSlug(session.title)}.pdf`);
  }

  @Get(':id/report.json')
  @Header('Cache-Control', 'no-store')
  async reportJson(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<StreamableFile> {
    const { row: session } = await this.team.facilitatedRow(facilitator, id);
    // A series evening's report carries the series' attendance (names and counts, no private text).
    const report = { ...(await this.handouts.report(session)), series: await this.series.attendanceForSession(session.id) };
    return download(JSON.stringify(report, null, 2), 'application/json; charset=utf-8', `kindred-report-${fileSlug(session.title)}.json`);
  }

  /** The fidelity record alone (also inside report.json), for the console and for a series' side-by-side view. */
  @Get(':id/fidelity')
  @Header('Cache-Control', 'no-store')
  async fidelity(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string): Promise<FidelityRecord> {
    const { row: session } = await this.team.facilitatedRow(facilitator, id);
    return (await this.handouts.report(session)).fidelity;
  }

  @Get(':id/report.csv')
  @Header('Cache-Control', 'no-store')
  async reportCsv(@CurrentFacilitator() facilitator: Facilitator, @Param('id') id: string, @Query() query: unknown): Promise<StreamableFile> {
    const { part, lang, tz } = parseBody(ReportCsvQuery, query);
    const { row: session } = await this.team.facilitatedRow(facilitator, id);
    const series = part ? null : await this.series.attendanceForSession(session.id);
    const seriesTable = series ? csvDocument([[], [`Series attendance: ${series.title}`], ...attendanceTable(series)]).replace(/^\uFEFF/, '') : '';
    const report = await this.handouts.report(session, Date.now(), lang);
    const csv = reportCsv(report, part, { timeZone: tz ?? 'UTC' }) + seriesTable;
    return download(csv, 'text/csv; charset=utf-8', `kindred-report-${fileSlug(session.title)}${part ? `-${part}` : ''}.csv`);
  }
}
