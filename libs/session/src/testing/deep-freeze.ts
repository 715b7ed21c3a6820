/**
 * Freezes a state so that any mutation throws (modules are strict). States share
 * structure, so already-frozen branches are skipped and each call only walks new parts.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
