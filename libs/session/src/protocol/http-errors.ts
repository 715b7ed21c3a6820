/** Co-facilitation and account recovery (routes in team-http.ts): codes only these routes produce; messages are defaults a client may show as-is. */
export const TEAM_HTTP_ERROR_MESSAGES = {
  'invite/invalid': 'This invite link is not valid. Ask the session’s owner for a new one.',
  'invite/used': 'This invite link has already been used. Ask the session’s owner for a new one.',
  'invite/expired': 'This invite link has expired. Ask the session’s owner for a new one.',
  'invite/own-session': 'This is your own session: you facilitate it already.',
  'session/owner-only': 'Only the session’s owner can do that.',
  'session/still-open': 'End the session before deleting it.',
  'auth/reset-invalid': 'This reset link is not valid. Ask for a new one from the sign-in page.',
  'auth/reset-used': 'This reset link has already been used. Ask for a new one from the sign-in page.',
  'auth/reset-expired': 'This reset link has expired (links last one hour). Ask for a new one from the sign-in page.',
  'auth/recovery-unavailable': 'This server cannot send email. Ask the person who runs the server to reset your password.',
} as const satisfies Record<string, string>;

/** The linked series' codes (routes in series.ts). */
export const SERIES_ERROR_MESSAGES = {
  'series/no-open-evening': 'There is no evening of your series open right now. Ask the facilitator.',
  'series/code-unknown': 'That rejoin code is not valid. Check the code on your handout.',
  'series/not-in-series': 'This session is not part of a series.',
  'series/no-next-plan': 'This was the last evening of the series plan. Choose a plan for the next evening.',
  'series/already-linked': 'This session is already part of a series.',
  'series/unknown-pair': 'There is no such pair in this series.',
  'series/not-earlier': 'That is not one of your earlier evenings.',
} as const satisfies Record<string, string>;

/**
 * Codes only the HTTP routes produce (the socket's and the engine's are in errors.ts).
 * Messages are defaults a client may show as-is.
 */
export const HTTP_ERROR_MESSAGES = {
  'auth/email-taken': 'There is already an account with that email.',
  'auth/invalid-credentials': 'That email and password do not match.',
  'auth/signed-out': 'Please sign in.',
  'auth/too-many-attempts': 'Too many attempts. Please wait a few minutes and try again.',
  'handout/busy': 'Your PDF is still being made. Please wait a moment and try again.',
  'handout/not-found': 'There is no such handout.',
  'handout/unauthorized': 'This handout link is not valid.',
  'plan/invalid': 'That plan does not work as changed.',
  'plan/not-found': 'There is no such plan.',
  'session/code-exhausted': 'Could not find a free join code. Please try again.',
  'http/not-found': 'There is nothing at this address.',
  'server/internal': 'Something went wrong on our side. Please try again.',
  ...TEAM_HTTP_ERROR_MESSAGES,
  ...SERIES_ERROR_MESSAGES,
} as const satisfies Record<string, string>;

export type HttpErrorCode = keyof typeof HTTP_ERROR_MESSAGES;
