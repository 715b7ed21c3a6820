import { CURRICULUM } from '../curriculum';
import { failed, type LoadResult } from '../load-result';
import type { Curriculum } from '../schema/curriculum';
import { PLAN_SCHEMA_VERSION, type Plan } from '../schema/plan';
import { PLAN_VERSIONS } from '../schema/plan-versions';
import { parseVersioned, readSchemaVersion } from '../versioning/define-version';
import { checkPlan } from './check-plan';

/**
 * Validates a plan from unknown input (a saved custom plan, an API body), upgrading
 * older schema versions to the current one. Problems about the upgraded plan name
 * paths in the current format.
 */
export function loadPlan(input: unknown, curriculum: Curriculum = CURRICULUM): LoadResult<Plan> {
  const parsed = parseVersioned(PLAN_VERSIONS, input);
  if (!parsed.ok) return parsed;
  const problems = checkPlan(parsed.value, curriculum);
  if (problems.length === 0) return parsed;
  const version = readSchemaVersion(input);
  const upgradedFrom = version.ok && version.value !== PLAN_SCHEMA_VERSION ? version.value : null;
  return failed(
    upgradedFrom === null
      ? problems
      : problems.map((problem) => `${problem} (after upgrading from schemaVersion ${upgradedFrom})`),
  );
}

/** Thrown by functions that need a valid plan; carries the same problems `loadPlan` reports. */
export class InvalidPlanError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid plan:\n${problems.join('\n')}`);
    this.name = 'InvalidPlanError';
  }
}

export function assertValidPlan(plan: Plan, curriculum: Curriculum): void {
  const problems = checkPlan(plan, curriculum);
  if (problems.length > 0) throw new InvalidPlanError(problems);
}
