import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ExportPlanBody, ImportPlanBody, LanguageQuery, PreviewBody, type ImportedPlan, type PlanFile, type PlanSummary, type PreviewResult } from '@kindred/session';
import { ApiError } from '../http/api-error';
import { parseBody } from '../http/zod-body';
import { PlanCatalogue } from './plan-catalogue';
import { importPlanFile } from './plan-import';

/** The curriculum's plans, read-only: one source for the console, the engine and the handouts. */
@Controller('api/plans')
export class PlansController {
  constructor(private readonly catalogue: PlanCatalogue) {}

  /** In the console's language (`?lang=`), English by default. */
  @Get()
  list(@Query() query: unknown): { plans: PlanSummary[] } {
    return { plans: this.catalogue.list(parseBody(LanguageQuery, query).lang) };
  }

  /** Validates a customized plan and returns its sections and total time. */
  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: unknown): PreviewResult {
    const { planId, customization } = parseBody(PreviewBody, body);
    const agenda = this.catalogue.agenda(this.catalogue.customize(planId, customization), 'en', 'teen');
    return {
      totalSec: agenda.totalSec,
      sections: agenda.sections.map((s) => ({ id: s.id, title: s.title, durationSec: s.segments.reduce((sum, seg) => sum + seg.durationSec, 0) })),
    };
  }

  /** The customized plan as a file in the content schema (the console downloads it). */
  @Post('export')
  @HttpCode(200)
  export(@Body() body: unknown): PlanFile {
    const { planId, customization } = parseBody(ExportPlanBody, body);
    return this.catalogue.customize(planId, customization);
  }

  /** A plan file from anywhere: checked, upgraded, and turned into what the console edits, or refused whole. */
  @Post('import')
  @HttpCode(200)
  import(@Body() body: unknown): ImportedPlan {
    const { file } = parseBody(ImportPlanBody, body);
    const result = importPlanFile(file, (planId, customization) => this.catalogue.customize(planId, customization));
    if (!result.ok) throw new ApiError('plan/invalid', 'This plan file can’t be used.', undefined, { problems: result.problems });
    return result.imported;
  }
}
