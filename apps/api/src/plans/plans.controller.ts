import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { PreviewBody, type PlanSummary, type PreviewResult } from '@kindred/session';
import { parseBody } from '../http/zod-body';
import { PlanCatalogue } from './plan-catalogue';

/** The curriculum's plans, read-only: one source for the console, the engine and the handouts. */
@Controller('api/plans')
export class PlansController {
  constructor(private readonly catalogue: PlanCatalogue) {}

  @Get()
  list(): { plans: PlanSummary[] } {
    return { plans: this.catalogue.list() };
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
}
