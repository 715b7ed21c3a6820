import { HttpStatus, Injectable } from '@nestjs/common';
import { BUILT_IN_PLANS, CURRICULUM, loadPlan, planItemId, resolveAgenda, type Agenda, type AgeBand, type Plan } from '@kindred/content';
import type { PlanCustomization, PlanSummary } from '@kindred/session';
import { ApiError } from '../http/api-error';

export type Customization = PlanCustomization;

const sectionIdOf = (item: Plan['items'][number]): string => planItemId(item);

/** The built-in plans as the console's plan picker shows them, and plan customization. */
@Injectable()
export class PlanCatalogue {
  list(language = 'en'): PlanSummary[] {
    return BUILT_IN_PLANS.map((plan) => this.summarize(plan, language));
  }

  find(planId: string): Plan {
    const plan = BUILT_IN_PLANS.find((p) => p.id === planId);
    if (!plan) throw new ApiError('plan/not-found', `There is no plan "${planId}".`, HttpStatus.NOT_FOUND);
    return plan;
  }

  /** Applies a customization to a built-in plan and validates the result. */
  customize(planId: string, customization: Customization | undefined): Plan {
    const base = this.find(planId);
    if (!customization) return base;
    const byId = new Map(base.items.map((item) => [sectionIdOf(item), item]));
    const order = customization.order ?? base.items.map(sectionIdOf);
    const unknown = order.filter((id) => !byId.has(id));
    if (unknown.length > 0) throw new ApiError('plan/invalid', `Unknown sections in order: ${unknown.join(', ')}`);
    const disabled = new Set(customization.disabledSegments ?? []);
    const durations = customization.durations ?? {};
    const items = order.map((id) => {
      const item = byId.get(id)!;
      if (item.kind === 'break') return durations[id] ? { ...item, durationSec: durations[id] } : item;
      const topicSegments = this.segmentIdsOf(id);
      const skip = topicSegments.filter((s) => disabled.has(s) || (!customization.disabledSegments && item.skip?.includes(s)));
      const own = Object.fromEntries(Object.entries(durations).filter(([s]) => topicSegments.includes(s)));
      const merged = { ...item.durations, ...own };
      // No empty lists in the result: an exported plan file reads like a hand-written one.
      const { skip: _skip, durations: _durations, ...rest } = item;
      return { ...rest, ...(skip.length > 0 ? { skip } : {}), ...(Object.keys(merged).length > 0 ? { durations: merged } : {}) };
    });
    const result = loadPlan({ ...base, id: `${base.id}-custom`, basedOn: base.id, items });
    if (!result.ok) throw new ApiError('plan/invalid', `This plan is not valid: ${result.problems.join('; ')}`);
    return result.value;
  }

  agenda(plan: Plan, language: string, ageBand: AgeBand): Agenda {
    return resolveAgenda(plan, { language, ageBand });
  }

  /** Every segment id a topic or frame offers (the curriculum's), whether the plan skips it or not. */
  private segmentIdsOf(sectionId: string): string[] {
    const owner = CURRICULUM.topics.find((topic) => topic.id === sectionId) ?? CURRICULUM.frames.find((frame) => frame.id === sectionId);
    return owner ? owner.segments.map((segment) => segment.id) : [];
  }

  private summarize(plan: Plan, language: string): PlanSummary {
    const unskipped: Plan = { ...plan, items: plan.items.map((i) => (i.kind === 'break' ? i : { ...i, skip: [] })) };
    const full = resolveAgenda(unskipped, { language, ageBand: 'teen' });
    const planned = resolveAgenda(plan, { language, ageBand: 'teen' });
    const skipped = new Set(plan.items.flatMap((i) => (i.kind === 'break' ? [] : (i.skip ?? []))));
    return {
      id: plan.id,
      title: planned.title,
      description: plan.description ? (plan.description[language] ?? plan.description.en) : '',
      targetMinutes: plan.targetMinutes ?? null,
      totalSec: planned.totalSec,
      transitionSec: planned.transitionSec ?? 0,
      seriesId: plan.series?.seriesId ?? null,
      part: plan.series?.part ?? null,
      timerStart: plan.timerStart ?? 'manual',
      sections: full.sections.map((section) => ({
        id: section.id,
        kind: section.kind,
        topicNumber: section.topicNumber,
        title: section.title,
        summary: section.summary,
        segments: section.segments.map((s) => ({ id: s.id, kind: s.kind, title: s.title, durationSec: s.durationSec, enabled: !skipped.has(s.id) })),
      })),
    };
  }
}
