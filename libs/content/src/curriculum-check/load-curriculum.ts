import { failed, type LoadResult } from '../load-result';
import { CURRICULUM_SCHEMA_VERSION, CurriculumSchema, type Curriculum } from '../schema/curriculum';
import { defineVersion, parseVersioned } from '../versioning/define-version';
import { checkCurriculum } from './check-curriculum';

const CURRICULUM_VERSIONS = defineVersion({ version: CURRICULUM_SCHEMA_VERSION, schema: CurriculumSchema });

/** Validates a curriculum from unknown input (the shipped one in tests, an edited one in tools). */
export function loadCurriculum(input: unknown): LoadResult<Curriculum> {
  const parsed = parseVersioned(CURRICULUM_VERSIONS, input);
  if (!parsed.ok) return parsed;
  const problems = checkCurriculum(parsed.value);
  return problems.length > 0 ? failed(problems) : parsed;
}
