import type { SegmentKind } from '../agenda';
import { CURRICULUM } from '../curriculum';
import { expandPlan, sectionDurationSec, transitionsSec } from '../plan/expand-plan';
import type { Curriculum } from '../schema/curriculum';
import type { Plan } from '../schema/plan';
import { localizer, pickLanguage, type ResolveOptions } from './localize';

// What the facilitator's plan picker and plan editor list, already localized.

export interface TopicSummary {
  id: string;
  number: number;
  title: string;
  summary: string;
  /** Every segment the topic offers, with its default duration. */
  segments: { id: string; kind: SegmentKind; title: string; durationSec: number }[];
}

export interface PlanSummary {
  id: string;
  title: string;
  description: string | null;
  targetMinutes: number | null;
  series: { seriesId: string; part: number; parts: number } | null;
  basedOn: string | null;
  /** Topic ids in plan order. */
  topicIds: string[];
  breakCount: number;
  totalSec: number;
}

export function describeTopics(options: ResolveOptions, curriculum: Curriculum = CURRICULUM): TopicSummary[] {
  const localize = localizer(options);
  return curriculum.topics.map((topic) => ({
    id: topic.id,
    number: topic.number,
    title: localize(topic.title),
    summary: localize(topic.summary),
    segments: topic.segments.map((segment) => ({
      id: segment.id,
      kind: segment.kind,
      title: localize(segment.title),
      durationSec: segment.durationSec,
    })),
  }));
}

/** Expects a valid plan (see `loadPlan`). */
export function describePlan(plan: Plan, options: ResolveOptions, curriculum: Curriculum = CURRICULUM): PlanSummary {
  const sections = expandPlan(plan, curriculum);
  return {
    id: plan.id,
    title: pickLanguage(plan.title, options.language),
    description: plan.description ? pickLanguage(plan.description, options.language) : null,
    targetMinutes: plan.targetMinutes ?? null,
    series: plan.series ?? null,
    basedOn: plan.basedOn ?? null,
    topicIds: sections.flatMap((section) => (section.kind === 'topic' ? [section.topic.id] : [])),
    breakCount: sections.filter((section) => section.kind === 'break').length,
    totalSec: sections.reduce((sum, section) => sum + sectionDurationSec(section), transitionsSec(plan)),
  };
}
