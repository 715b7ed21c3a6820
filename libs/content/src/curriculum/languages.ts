/**
 * Languages the curriculum is complete in. Adding a language: translate every string
 * (add its code next to `en`), add its labels catalogue, then add it here and to
 * LANGUAGE_NAMES; the tests name any string you missed (see docs/languages.md).
 */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', 'es'];

/** Each shipped language's own name for itself (what a language picker shows), one line per language. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
};

/** Whether `value` is a language Kindred ships (exact code: "es", not "es-MX"). */
export function isShippedLanguage(value: unknown): value is string {
  return typeof value === 'string' && SHIPPED_LANGUAGES.includes(value);
}
