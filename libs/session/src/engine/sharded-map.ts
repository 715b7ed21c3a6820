/*
 * An immutable string-keyed map as plain data, cheap to update at session scale.
 *
 * A 1,000-pair session updates one pair (or one ballot) per event; copying a
 * 1,000-key object per event makes a replay of 20,000 events take seconds. Here
 * keys are spread over a fixed number of shards by a hash, and each shard is an
 * array of entries sorted by key, so an update copies one small shard. Sorting
 * makes the layout canonical: the same entries give an equal (deep-equal,
 * JSON-equal) map whatever order they were set in, which replay relies on.
 */

export type ShardEntry<V> = readonly [key: string, value: V];

export interface ShardedMap<V> {
  readonly size: number;
  readonly shards: readonly (readonly ShardEntry<V>[])[];
}

const SHARD_COUNT = 64;

const EMPTY: ShardedMap<never> = { size: 0, shards: Array.from({ length: SHARD_COUNT }, () => []) };

export function emptyShardedMap<V>(): ShardedMap<V> {
  return EMPTY;
}

/** FNV-1a: fast, stable across runs and machines (the layout is part of the state). */
function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARD_COUNT;
}

/** Index of `key` in a sorted shard, or -(insertion point) - 1. */
function search<V>(shard: readonly ShardEntry<V>[], key: string): number {
  let low = 0;
  let high = shard.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const midKey = (shard[mid] as ShardEntry<V>)[0];
    if (midKey === key) return mid;
    if (midKey < key) low = mid + 1;
    else high = mid - 1;
  }
  return -low - 1;
}

export function getEntry<V>(map: ShardedMap<V>, key: string): V | undefined {
  const shard = map.shards[shardOf(key)] ?? [];
  const index = search(shard, key);
  return index >= 0 ? shard[index]?.[1] : undefined;
}

export function hasEntry<V>(map: ShardedMap<V>, key: string): boolean {
  return search(map.shards[shardOf(key)] ?? [], key) >= 0;
}

export function setEntry<V>(map: ShardedMap<V>, key: string, value: V): ShardedMap<V> {
  const shardIndex = shardOf(key);
  const shard = map.shards[shardIndex] ?? [];
  const index = search(shard, key);
  const nextShard = shard.slice();
  if (index >= 0) nextShard[index] = [key, value];
  else nextShard.splice(-index - 1, 0, [key, value]);
  const shards = map.shards.slice();
  shards[shardIndex] = nextShard;
  return { size: index >= 0 ? map.size : map.size + 1, shards };
}

export function mapValues<V>(map: ShardedMap<V>): V[] {
  const values: V[] = [];
  for (const shard of map.shards) for (const entry of shard) values.push(entry[1]);
  return values;
}

export function mapEntries<V>(map: ShardedMap<V>): ShardEntry<V>[] {
  const entries: ShardEntry<V>[] = [];
  for (const shard of map.shards) for (const entry of shard) entries.push(entry);
  return entries;
}

export function mapKeys<V>(map: ShardedMap<V>): string[] {
  return mapEntries(map).map(([key]) => key);
}
