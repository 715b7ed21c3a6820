import { CURRICULUM } from '../curriculum';
import type { Curriculum } from '../schema/curriculum';
import type { Plan } from '../schema/plan';
import { expandPlan, sectionDurationSec } from './expand-plan';

/** Planned length of the whole plan in seconds, breaks included. */
export function planTotalSec(plan: Plan, curriculum: Curriculum = CURRICULUM): number {
  return expandPlan(plan, curriculum).reduce((sum, section) => sum + sectionDurationSec(section), 0);
}
