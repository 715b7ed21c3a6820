import type { z } from 'zod';
import { ApiError } from './api-error';

/** Formats zod issues as `path: message` lines a developer and a person can both read. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Validates a request body against a schema or throws `payload/invalid` with every problem. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('payload/invalid', describeIssues(result.error));
  return result.data;
}
