/** The sign-up form's fields, in the order they appear (sign-in shows the last two). */
export const AUTH_FIELDS = ['displayName', 'email', 'password'] as const;
export type AuthField = (typeof AUTH_FIELDS)[number];
export type AuthFieldErrors = Partial<Record<AuthField, string>>;

export const MIN_PASSWORD_LENGTH = 10;

// Deliberately loose: the server decides; this only catches typos before a round trip.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Plain-language problems with what was typed, one per field, before anything is sent. */
export function authFieldErrors(
  mode: 'signin' | 'signup',
  values: { displayName: string; email: string; password: string },
  t: Translate,
): AuthFieldErrors {
  const errors: AuthFieldErrors = {};
  if (mode === 'signup' && values.displayName.trim() === '') errors.displayName = t('auth.errors.nameMissing');
  const email = values.email.trim();
  if (email === '') errors.email = t('auth.errors.emailMissing');
  else if (!LOOKS_LIKE_EMAIL.test(email)) errors.email = t('auth.errors.emailInvalid');
  if (values.password === '') errors.password = t('auth.errors.passwordMissing');
  else if (mode === 'signup' && values.password.length < MIN_PASSWORD_LENGTH) errors.password = t('auth.errors.passwordShort', { n: MIN_PASSWORD_LENGTH });
  return errors;
}

/** The server's per-field problems (`details.fields` of `payload/invalid`), for the fields this form has. */
export function serverFieldErrors(raw: unknown): AuthFieldErrors {
  const errors: AuthFieldErrors = {};
  if (!Array.isArray(raw)) return errors;
  for (const item of raw as unknown[]) {
    const { field, message } = (typeof item === 'object' && item !== null ? item : {}) as { field?: unknown; message?: unknown };
    if ((AUTH_FIELDS as readonly unknown[]).includes(field) && typeof message === 'string') errors[field as AuthField] ??= message;
  }
  return errors;
}
