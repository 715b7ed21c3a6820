import { CURRICULUM } from '../curriculum';
import { durationProblem } from '../schema/durations';
import type { Curriculum } from '../schema/curriculum';
import type { Plan, PlanItem } from '../schema/plan';
import { indexCurriculum } from './curriculum-index';
import { editError, planItemId, validatedEdit, type PlanEditResult } from './plan-edit-result';

// Pure plan edits at the level of plan items (topics and breaks). Each returns a
// new validated plan with its total time, or a typed error; the input is never changed.

/** A facilitator's own copy: new id and name, remembering which plan it came from. */
export function copyPlan(
  plan: Plan,
  copy: { id: string; title: string },
  curriculum: Curriculum = CURRICULUM,
): PlanEditResult {
  // The description and series membership describe the original, not the copy.
  const copied: Plan = {
    schemaVersion: plan.schemaVersion,
    id: copy.id,
    title: { en: copy.title.trim() },
    basedOn: plan.id,
    ...(plan.targetMinutes === undefined ? {} : { targetMinutes: plan.targetMinutes }),
    items: plan.items,
  };
  return validatedEdit(copied, curriculum);
}

/** A custom name is the facilitator's own words, shown as is in every language. */
export function renamePlan(plan: Plan, title: string, curriculum: Curriculum = CURRICULUM): PlanEditResult {
  return validatedEdit({ ...plan, title: { en: title.trim() } }, curriculum);
}

export function moveItem(plan: Plan, itemId: string, toIndex: number, curriculum: Curriculum = CURRICULUM): PlanEditResult {
  const from = plan.items.findIndex((item) => planItemId(item) === itemId);
  if (from === -1) return editError('plan/unknown-item', `no item "${itemId}" in this plan`);
  if (!isIndexWithin(toIndex, plan.items.length - 1)) {
    return editError('plan/index-out-of-range', `position ${toIndex} is outside 0 to ${plan.items.length - 1}`);
  }
  const items = [...plan.items];
  const [moved] = items.splice(from, 1);
  if (moved) items.splice(toIndex, 0, moved);
  return validatedEdit({ ...plan, items }, curriculum);
}

export function addTopic(
  plan: Plan,
  topicId: string,
  atIndex: number = plan.items.length,
  curriculum: Curriculum = CURRICULUM,
): PlanEditResult {
  if (!indexCurriculum(curriculum).topic(topicId)) return editError('plan/unknown-topic', `no topic "${topicId}"`);
  if (plan.items.some((item) => planItemId(item) === topicId)) {
    return editError('plan/duplicate-id', `topic "${topicId}" is already in this plan`);
  }
  return insertItem(plan, { kind: 'topic', topicId }, atIndex, curriculum);
}

export function addBreak(
  plan: Plan,
  options: { durationSec: number; atIndex: number; id?: string },
  curriculum: Curriculum = CURRICULUM,
): PlanEditResult {
  const id = options.id ?? unusedBreakId(plan);
  if (plan.items.some((item) => planItemId(item) === id)) return editError('plan/duplicate-id', `"${id}" is already used`);
  const problem = durationProblem('break', options.durationSec);
  if (problem) return editError('plan/duration-out-of-range', problem);
  return insertItem(plan, { kind: 'break', id, durationSec: options.durationSec }, options.atIndex, curriculum);
}

export function removeItem(plan: Plan, itemId: string, curriculum: Curriculum = CURRICULUM): PlanEditResult {
  const item = plan.items.find((candidate) => planItemId(candidate) === itemId);
  if (!item) return editError('plan/unknown-item', `no item "${itemId}" in this plan`);
  const items = plan.items.filter((candidate) => candidate !== item);
  if (!items.some((candidate) => candidate.kind === 'topic')) {
    return editError('plan/last-topic', 'a plan keeps at least one topic');
  }
  return validatedEdit({ ...plan, items }, curriculum);
}

function insertItem(plan: Plan, item: PlanItem, atIndex: number, curriculum: Curriculum): PlanEditResult {
  if (!isIndexWithin(atIndex, plan.items.length)) {
    return editError('plan/index-out-of-range', `position ${atIndex} is outside 0 to ${plan.items.length}`);
  }
  const items = [...plan.items];
  items.splice(atIndex, 0, item);
  return validatedEdit({ ...plan, items }, curriculum);
}

function isIndexWithin(index: number, max: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= max;
}

function unusedBreakId(plan: Plan): string {
  const used = new Set(plan.items.map(planItemId));
  let n = 1;
  while (used.has(`break-${n}`)) n += 1;
  return `break-${n}`;
}
