import { BUILT_IN_PLANS, CURRICULUM, planItemId, readPlanFile, resolveAgenda, type Plan } from '@kindred/content';
import type { ImportedPlan, PlanCustomization } from '@kindred/session';

export type PlanImport = { ok: true; imported: ImportedPlan } | { ok: false; problems: string[] };

/**
 * Reads a plan file into what the console edits: a built-in plan and a customization of it.
 * The file is first checked like every shipped plan (readPlanFile: schema, upgrade,
 * curriculum). Then the customization is applied back and the result compared with the
 * file, segment by segment: a file this server can't reproduce exactly is refused with
 * the reason, never imported in part.
 */
export function importPlanFile(text: string, customize: (planId: string, customization: PlanCustomization) => Plan): PlanImport {
  const read = readPlanFile(text);
  if (!read.ok) return { ok: false, problems: read.problems };
  const plan = read.value;
  const baseId = plan.basedOn ?? plan.id;
  const base = BUILT_IN_PLANS.find((candidate) => candidate.id === baseId);
  if (!base) return { ok: false, problems: [`basedOn: "${baseId}" is not a plan this server has (it has ${BUILT_IN_PLANS.map((p) => p.id).join(', ')})`] };

  const baseIds = new Set(base.items.map(planItemId));
  const problems: string[] = [];
  plan.items.forEach((item, index) => {
    const id = planItemId(item);
    if (!baseIds.has(id)) problems.push(`items[${index}]: "${id}" is not part of the plan "${base.id}", so it can't be run from this file`);
    if (item.kind === 'topic' && (item.extra?.length ?? 0) > 0) problems.push(`items[${index}].extra: added segments can't be imported into the console yet`);
  });
  if (problems.length > 0) return { ok: false, problems };

  const customization = customizationOf(plan, base);
  const rebuilt = customize(base.id, customization);
  const difference = firstDifference(plan, rebuilt);
  if (difference) return { ok: false, problems: [difference] };
  return { ok: true, imported: { planId: base.id, title: plan.title.en, customization } };
}

function customizationOf(plan: Plan, base: Plan): Required<PlanCustomization> {
  const disabledSegments: string[] = [];
  const durations: Record<string, number> = {};
  const baseItems = new Map(base.items.map((item) => [planItemId(item), item]));
  for (const item of plan.items) {
    const id = planItemId(item);
    if (item.kind === 'break') {
      durations[id] = item.durationSec;
      continue;
    }
    disabledSegments.push(...(item.skip ?? []));
    const owner =
      item.kind === 'topic' ? CURRICULUM.topics.find((topic) => topic.id === item.topicId) : CURRICULUM.frames.find((frame) => frame.id === item.frameId);
    const baseItem = baseItems.get(id);
    const baseDurations = baseItem && baseItem.kind !== 'break' ? (baseItem.durations ?? {}) : {};
    for (const segment of owner?.segments ?? []) {
      // The file's own length, or the curriculum's when the file leaves it: the base plan's
      // override must not creep back in.
      const seconds = item.durations?.[segment.id] ?? segment.durationSec;
      if (seconds !== (baseDurations[segment.id] ?? segment.durationSec) || baseDurations[segment.id] !== undefined) durations[segment.id] = seconds;
    }
  }
  return { order: plan.items.map(planItemId), disabledSegments, durations };
}

/** Compares what a session would run: sections, segments and their lengths. */
function firstDifference(file: Plan, rebuilt: Plan): string | null {
  const shape = (plan: Plan) =>
    resolveAgenda(plan, { language: 'en', ageBand: 'teen' }).sections.map((section) => ({
      id: section.id,
      segments: section.segments.map((segment) => `${segment.id}:${segment.durationSec}`),
    }));
  if ((file.transitionSec ?? 0) !== (rebuilt.transitionSec ?? 0)) {
    return `transitionSec: ${file.transitionSec ?? 0} s between sections can't be set from the console (the plan "${rebuilt.basedOn ?? rebuilt.id}" uses ${rebuilt.transitionSec ?? 0} s)`;
  }
  const want = shape(file);
  const got = shape(rebuilt);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) {
      return `items[${i}]: "${want[i]?.id ?? got[i]?.id}" can't be reproduced from the plan "${rebuilt.basedOn ?? rebuilt.id}" (its settings go beyond what the console can change)`;
    }
  }
  return null;
}
