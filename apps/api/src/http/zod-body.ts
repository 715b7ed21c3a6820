import type { z } from 'zod';
import { ApiError } from './api-error';

/** Formats zod issues as `path: message` lines a developer and a person can both read. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** The first problem with each top-level field, in the order zod found them, for a form to show beside each field. */
export function fieldIssues(error: z.ZodError): Array<{ field: string; message: string }> {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((typeof field === 'string' || typeof field === 'number') && !fields.has(String(field))) fields.set(String(field), issue.message);
  }
  return [...fields].map(([field, message]) => ({ field, message }));
}

/** Validates a request body against a schema or throws `payload/invalid` with every problem, also per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ApiError('payload/invalid', describeIssues(result.error), undefined, { fields: fieldIssues(result.error) });
  }
  return result.data;
}
