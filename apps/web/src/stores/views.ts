/**
 * Views carry the session's `seq`. A vote changes counts without changing `seq`, so a
 * view with the same `seq` is newer too; only a lower one is stale (a late delivery).
 */
export function isFresh(incoming: { seq: number }, current: { seq: number } | null): boolean {
  return current === null || incoming.seq >= current.seq;
}
