import fc from 'fast-check';
import { emptyShardedMap, getEntry, hasEntry, mapEntries, mapKeys, mapValues, setEntry, type ShardedMap } from './sharded-map';

function build(entries: readonly (readonly [string, number])[]): ShardedMap<number> {
  return entries.reduce<ShardedMap<number>>((map, [key, value]) => setEntry(map, key, value), emptyShardedMap());
}

describe('ShardedMap', () => {
  it('behaves like a Map under any sequence of sets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.integer())), (entries) => {
        const reference = new Map(entries);
        const map = build(entries);
        expect(map.size).toBe(reference.size);
        for (const [key, value] of reference) expect(getEntry(map, key)).toBe(value);
        expect(new Map(mapEntries(map))).toEqual(reference);
        expect(mapKeys(map).sort()).toEqual([...reference.keys()].sort());
        expect(mapValues(map)).toHaveLength(reference.size);
      }),
    );
  });

  it('has one layout for the same content, whatever the order of sets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ maxLength: 8 }), fc.integer()), { selector: ([key]) => key }), (entries) => {
        expect(JSON.stringify(build([...entries].reverse()))).toBe(JSON.stringify(build(entries)));
      }),
    );
  });

  it('never changes the map it was given', () => {
    const before = build([['a', 1]]);
    const after = setEntry(before, 'a', 2);
    expect(getEntry(before, 'a')).toBe(1);
    expect(getEntry(after, 'a')).toBe(2);
    expect(setEntry(before, 'b', 3).size).toBe(2);
    expect(before.size).toBe(1);
  });

  it('treats inherited names as plain keys', () => {
    const map = build([['__proto__', 1]]);
    expect(getEntry(map, '__proto__')).toBe(1);
    expect(hasEntry(map, 'constructor')).toBe(false);
    expect(getEntry(map, 'toString')).toBeUndefined();
  });
});
