import { z } from 'zod';

/**
 * Text that crosses the wire. Every string field of every HTTP body and socket
 * payload is built from these, so "what text do we accept" is decided once:
 *
 * - never a NUL byte or a lone UTF-16 surrogate (PostgreSQL refuses both, and a
 *   surrogate half cannot be encoded as UTF-8: these used to surface as 500s);
 * - names (pair, member, display, session title) are normalized before any
 *   comparison: NFC, no invisible format characters (zero-width, bidi overrides,
 *   soft hyphen), runs of white space collapsed to one space, trimmed; control
 *   characters are refused rather than silently dropped.
 */

// In unicode mode a well-formed pair is one code point; only a lone half is category Cs.
const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL_CHAR = /\p{Cc}/u;
const LINE_BREAK_OR_TAB = /[\n\r\t]/g;
/**
 * Invisible characters that make two names look alike: zero-width space/joiners,
 * word joiner, BOM, soft hyphen, Arabic letter mark, LRM/RLM, bidi embeddings,
 * overrides and isolates, and the other invisible operators.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

export const INVALID_TEXT_MESSAGE = 'contains characters that are not allowed (a NUL byte or a broken character)';

/** True when the text can be stored and shown: no NUL and no half of a surrogate pair. */
export function isValidText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * The first invalid string anywhere in a parsed JSON value (keys included), as a
 * dotted path, or null when every string is valid. The guard at each boundary
 * (HTTP body, socket command) runs this before any schema, so no field can slip by.
 */
export function findInvalidText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isValidText(value) ? null : path || '(body)';
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findInvalidText(item, path ? `${path}.${i}` : String(i), depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (!isValidText(key)) return here;
    const found = findInvalidText(item, here, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The one normal form of a name: what is stored, shown and compared. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** The key two names clash on: the normal form without case. */
export function nameKey(name: string): string {
  return normalizeName(name).toLocaleLowerCase('en');
}

/** Any string field: valid text, at most `max` characters. */
export const safeText = (max: number) => z.string().max(max).refine(isValidText, INVALID_TEXT_MESSAGE);

/** A name: valid text without control characters, normalized, then 1..max characters. */
export const nameText = (max: number, emptyMessage = 'must not be empty') =>
  z
    .string()
    // Generous before normalizing (invisible characters are dropped), strict after.
    .max(max * 4)
    .refine(isValidText, INVALID_TEXT_MESSAGE)
    .refine((text) => !CONTROL_CHAR.test(text.replace(LINE_BREAK_OR_TAB, ' ')) && !/[\n\r]/.test(text), 'must not contain control characters or line breaks')
    .transform(normalizeName)
    .pipe(z.string().min(1, emptyMessage).max(max, `must be at most ${max} characters`));

/** Long free text (answers, commitments): line breaks and tabs allowed, other controls not. */
export const longText = (max: number) =>
  z
    .string()
    .refine(isValidText, INVALID_TEXT_MESSAGE)
    .transform((text) => text.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        .refine((text) => !CONTROL_CHAR.test(text.replace(LINE_BREAK_OR_TAB, '')), 'must not contain control characters'),
    );
