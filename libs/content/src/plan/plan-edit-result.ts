import { parseWithSchema } from '../problems/parse-with-schema';
import type { Curriculum } from '../schema/curriculum';
import { PlanSchema, type Plan, type PlanItem } from '../schema/plan';
import { checkPlan } from './check-plan';
import { planTotalSec } from './plan-total';

/** Stable codes the plan editor UI can switch on. */
export type PlanEditErrorCode =
  | 'plan/unknown-item'
  | 'plan/unknown-topic'
  | 'plan/unknown-segment'
  | 'plan/duplicate-id'
  | 'plan/duration-out-of-range'
  | 'plan/index-out-of-range'
  | 'plan/last-topic'
  | 'plan/last-segment'
  | 'plan/invalid';

export interface PlanEditError {
  code: PlanEditErrorCode;
  message: string;
  /** Loader-style `path: problem` lines, for `plan/invalid`. */
  problems: string[];
}

export type PlanEditResult = { ok: true; plan: Plan; totalSec: number } | { ok: false; error: PlanEditError };

export function editError(code: PlanEditErrorCode, message: string, problems: string[] = []): PlanEditResult {
  return { ok: false, error: { code, message, problems } };
}

/** Every edit ends here, so an edit can only ever return a plan that would load. */
export function validatedEdit(candidate: Plan, curriculum: Curriculum): PlanEditResult {
  const parsed = parseWithSchema(PlanSchema, candidate);
  const problems = parsed.ok ? checkPlan(parsed.value, curriculum) : parsed.problems;
  if (!parsed.ok || problems.length > 0) return editError('plan/invalid', 'the edited plan is not valid', problems);
  return { ok: true, plan: parsed.value, totalSec: planTotalSec(parsed.value, curriculum) };
}

/** Topics are identified by their topic id, frames by their frame id, breaks by their own id. */
export function planItemId(item: PlanItem): string {
  switch (item.kind) {
    case 'topic':
      return item.topicId;
    case 'frame':
      return item.frameId;
    case 'break':
      return item.id;
  }
}
