import type { Plan } from '../schema/plan';
import { BOOSTER } from './booster';
import { EVENING_SERIES } from './evening-series';
import { FULL_WORKSHOP } from './full-workshop';
import { TASTER } from './taster';

export { BOOSTER } from './booster';
export { EVENING_SERIES } from './evening-series';
export { FULL_WORKSHOP } from './full-workshop';
export { TASTER } from './taster';

/** The plans a facilitator can pick or copy, in the order the picker lists them. */
export const BUILT_IN_PLANS: readonly Plan[] = [FULL_WORKSHOP, ...EVENING_SERIES, TASTER, BOOSTER];
