import type { PlanCustomization, PlanSectionSummary, PlanSegmentSummary, PlanSummary } from '../api/types';

/** The facilitator's edits to a plan, before they become a `PlanCustomization`. */
export interface PlanDraft {
  order: string[];
  enabled: Record<string, boolean>;
  durations: Record<string, number>;
}

export function initialDraft(plan: PlanSummary): PlanDraft {
  const enabled: Record<string, boolean> = {};
  const durations: Record<string, number> = {};
  for (const section of plan.sections) {
    for (const segment of section.segments) {
      enabled[segment.id] = segment.enabled;
      durations[segment.id] = segment.durationSec;
    }
  }
  return { order: plan.sections.map((section) => section.id), enabled, durations };
}

export function orderedSections(plan: PlanSummary, draft: PlanDraft): PlanSectionSummary[] {
  const byId = new Map(plan.sections.map((section) => [section.id, section]));
  return draft.order.flatMap((id) => {
    const section = byId.get(id);
    return section ? [section] : [];
  });
}

export function segmentSec(segment: PlanSegmentSummary, draft: PlanDraft): number {
  return draft.durations[segment.id] ?? segment.durationSec;
}

export function isEnabled(segment: PlanSegmentSummary, draft: PlanDraft): boolean {
  return draft.enabled[segment.id] ?? segment.enabled;
}

export function sectionSec(section: PlanSectionSummary, draft: PlanDraft): number {
  return section.segments.reduce((sum, segment) => sum + (isEnabled(segment, draft) ? segmentSec(segment, draft) : 0), 0);
}

/** Moving between sections takes time too: one transition between each two sections kept. */
export function transitionsSec(plan: PlanSummary, draft: PlanDraft): number {
  const kept = orderedSections(plan, draft).filter((section) => sectionSec(section, draft) > 0).length;
  return plan.transitionSec * Math.max(0, kept - 1);
}

export function totalSec(plan: PlanSummary, draft: PlanDraft): number {
  return plan.sections.reduce((sum, section) => sum + sectionSec(section, draft), transitionsSec(plan, draft));
}

/** Moves the section at `index` by `delta` places; out-of-range moves change nothing. */
export function moveSection(order: readonly string[], index: number, delta: number): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** What the API needs: the order, every disabled segment, and only the changed durations. */
/** Always complete: the contract allows leaving parts out, the console always sends all three. */
export function toCustomization(plan: PlanSummary, draft: PlanDraft): Required<PlanCustomization> {
  const disabledSegments: string[] = [];
  const durations: Record<string, number> = {};
  for (const section of plan.sections) {
    for (const segment of section.segments) {
      if (!isEnabled(segment, draft)) disabledSegments.push(segment.id);
      const seconds = segmentSec(segment, draft);
      if (seconds !== segment.durationSec) durations[segment.id] = seconds;
    }
  }
  return { order: [...draft.order], disabledSegments, durations };
}

/** An imported plan file's customization as the customizer's draft (the inverse of toCustomization). */
export function draftFromCustomization(plan: PlanSummary, customization: Required<PlanCustomization>): PlanDraft {
  const draft = initialDraft(plan);
  const disabled = new Set(customization.disabledSegments);
  for (const id of Object.keys(draft.enabled)) draft.enabled[id] = !disabled.has(id);
  for (const [id, seconds] of Object.entries(customization.durations)) if (id in draft.durations) draft.durations[id] = seconds;
  return { ...draft, order: [...customization.order] };
}

export function isCustomized(plan: PlanSummary, draft: PlanDraft): boolean {
  const custom = toCustomization(plan, draft);
  const defaultDisabled = plan.sections.flatMap((section) => section.segments.filter((segment) => !segment.enabled).map((segment) => segment.id));
  return (
    custom.order.join() !== plan.sections.map((section) => section.id).join() ||
    custom.disabledSegments.join() !== defaultDisabled.join() ||
    Object.keys(custom.durations).length > 0
  );
}

/** "1 h 45 min", "50 min". */
export function formatMinutes(seconds: number): { hours: number; minutes: number } {
  const totalMinutes = Math.round(seconds / 60);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
