/*
 * Ids come from outside (pair ids, voter keys, segment ids), so records are read
 * through `Object.hasOwn`: an id such as `__proto__` or `constructor` must not
 * resolve to something inherited.
 */

export function lookup<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of `record` with one entry set (computed keys create own properties). */
export function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V): Record<string, V> {
  return { ...record, [key]: value };
}
