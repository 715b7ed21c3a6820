/**
 * What every loader returns. Problems are human-readable and start with the path
 * of the offending value, e.g. `topics[3].segments[2].poll.options: at least 2 options`.
 */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function loaded<T>(value: T): LoadResult<T> {
  return { ok: true, value };
}

export function failed<T>(problems: string[]): LoadResult<T> {
  return { ok: false, problems };
}
