import type { z } from 'zod';
import { failed, loaded, type LoadResult } from '../load-result';
import { formatIssues } from './format-issues';

// Zod's default wording for a missing field is "expected string, received undefined".
const errorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined;

export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown): LoadResult<T> {
  const result = schema.safeParse(input, { error: errorMap });
  return result.success ? loaded(result.data) : failed(formatIssues(result.error.issues));
}
