/*
 * Memoization keyed by immutable state parts. States share structure, so an object
 * that did not change between two states is the same object: what was derived from
 * it (a pair's console row, a closed poll's results) can be reused. WeakMaps let the
 * cache go with the states; nothing here changes what a view returns.
 *
 * Cached parts are shared between views, so views are read-only for consumers. They
 * are not frozen: iterating frozen arrays is several times slower in V8.
 */

export function memoize<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as R;
    const result = compute(key);
    cache.set(key, result);
    return result;
  };
}

/**
 * Like `memoize`, with further arguments; `variantOf` turns them into a string that
 * must differ whenever the result would.
 */
export function memoizeWith<K extends object, A, R>(variantOf: (args: A) => string, compute: (key: K, args: A) => R): (key: K, args: A) => R {
  const cache = new WeakMap<K, Map<string, R>>();
  return (key, args) => {
    const variant = variantOf(args);
    let byVariant = cache.get(key);
    if (!byVariant) {
      byVariant = new Map();
      cache.set(key, byVariant);
    }
    if (byVariant.has(variant)) return byVariant.get(variant) as R;
    const result = compute(key, args);
    byVariant.set(variant, result);
    return result;
  };
}

