import { failed, type LoadResult } from '../load-result';
import type { Plan } from '../schema/plan';
import { loadPlan } from './load-plan';

/**
 * A plan that travels: the file a facilitator downloads from one Kindred and opens on
 * another is the plan in the content library's own schema, `schemaVersion` included.
 * Reading one runs the same checks as every shipped plan (loadPlan): older versions are
 * upgraded, anything invalid comes back as a list of problems and nothing else.
 */
/** Well above any real plan (a few KB), below the API's 64 KB limit for a JSON body. */
export const PLAN_FILE_MAX_BYTES = 48 * 1024;

export function writePlanFile(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function readPlanFile(text: string): LoadResult<Plan> {
  if (text.length > PLAN_FILE_MAX_BYTES) return failed([`(file): larger than ${PLAN_FILE_MAX_BYTES / 1024} KB; a plan file is much smaller`]);
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    return failed(['(file): not a JSON file']);
  }
  return loadPlan(document);
}
