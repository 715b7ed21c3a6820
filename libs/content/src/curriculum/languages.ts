/**
 * Languages the curriculum is complete in. Adding one: translate every string (add its
 * key next to `en`), then add it here; the tests name any string you missed.
 */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', 'es'];
