/**
 * Languages the curriculum is complete in. Adding Spanish: translate every string
 * (add `es` next to `en`), then add 'es' here; the tests name any string you missed.
 */
export const SHIPPED_LANGUAGES: readonly string[] = ['en'];
