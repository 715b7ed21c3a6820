import { defineVersion } from '../versioning/define-version';
import { PlanSchema } from './plan';
import { PlanV1Schema, upgradePlanV1 } from './plan-v1';
import { PlanV2Schema, upgradePlanV2 } from './plan-v2';

// Growing the plan format: freeze the current schema as plan-vN.ts, write the
// next one in plan.ts, and add a version here whose `up` converts the old shape.
const planV1 = defineVersion({ version: 1, schema: PlanV1Schema });
const planV2 = defineVersion({ version: 2, schema: PlanV2Schema, previous: planV1, up: upgradePlanV1 });
export const PLAN_VERSIONS = defineVersion({ version: 3, schema: PlanSchema, previous: planV2, up: upgradePlanV2 });
