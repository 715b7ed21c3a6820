import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `['topics', 3, 'segments']` → `topics[3].segments`; the empty path is `(root)`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Turns zod issues into `path: message` lines, one problem per line. */
export function formatIssues(issues: readonly Issue[], prefix: readonly PathKey[] = []): string[] {
  return issues.flatMap((issue) => formatIssue(issue, [...prefix, ...issue.path]));
}

function formatIssue(issue: Issue, path: PathKey[]): string[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`);
    case 'invalid_union': {
      // A union failed every branch: report the branch that came closest, which is
      // the one the author most likely meant (e.g. age-band variants vs. plain text).
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest && closest.length > 0) return formatIssues(closest, path);
      return [`${formatPath(path)}: ${issue.message}`];
    }
    default:
      return [`${formatPath(path)}: ${issue.message}`];
  }
}
