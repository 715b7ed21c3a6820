import { CURRICULUM } from '../curriculum';
import type { Curriculum } from '../schema/curriculum';
import type { Plan } from '../schema/plan';
import { expandPlan, sectionDurationSec, transitionsSec } from './expand-plan';

/** Planned length of the whole plan in seconds, breaks and transitions included. */
export function planTotalSec(plan: Plan, curriculum: Curriculum = CURRICULUM): number {
  return expandPlan(plan, curriculum).reduce((sum, section) => sum + sectionDurationSec(section), transitionsSec(plan));
}
