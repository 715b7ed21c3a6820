import { isShippedLanguage } from '@kindred/content';
import { z } from 'zod';
import { safeText } from './text';

/**
 * A language Kindred ships ("en", "es"; exact codes, no regional variants): what the
 * join and redeem bodies, the socket handshake's `auth.language`, `pair.setLanguage`
 * and the document routes' `?lang=` accept. Anything else is `payload/invalid`.
 */
export const languageSchema = safeText(20).refine(isShippedLanguage, 'not a language Kindred ships');

/** What the projector shows: one shipped language, or two side by side (distinct). */
export const projectorLanguagesSchema = z
  .array(languageSchema)
  .min(1)
  .max(2)
  .refine((languages) => new Set(languages).size === languages.length, 'languages must differ');

/**
 * The socket handshake's optional `auth.language`: which language's agenda this device
 * gets in `session.agenda` (absent: the pair's recorded language, then the session's).
 * Checked on its own before the rest of the handshake so a bad value is `payload/invalid`.
 */
export const handshakeLanguageSchema = languageSchema.optional();

export type ParsedLanguage = { ok: true; language: string | undefined } | { ok: false };

/** Reads `auth.language` from an untrusted handshake; absent is fine, anything else must be shipped (null is not). */
export function parseHandshakeLanguage(auth: unknown): ParsedLanguage {
  const raw = typeof auth === 'object' && auth !== null ? (auth as { language?: unknown }).language : undefined;
  if (raw === undefined) return { ok: true, language: undefined };
  const parsed = languageSchema.safeParse(raw);
  return parsed.success ? { ok: true, language: parsed.data } : { ok: false };
}

/** An IANA time zone ("America/Mexico_City", "UTC") this server's Intl knows; report.csv's `?tz=`. */
export const timeZoneSchema = safeText(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, 'not an IANA time zone')
  .refine(isKnownTimeZone, 'not a time zone this server knows');

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A handout's page JSON and PDF: `?lang=` (absent: the pair's language, then the session's). */
/** `?lang=`: a document or list in the reader's language (a shipped one). */
export const LanguageQuery = z.strictObject({ lang: languageSchema.optional() });
export const HandoutQuery = LanguageQuery;
