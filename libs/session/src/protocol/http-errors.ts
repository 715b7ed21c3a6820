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
  ...SERIES_ERROR_MESSAGES,
} as const satisfies Record<string, string>;

export type HttpErrorCode = keyof typeof HTTP_ERROR_MESSAGES;
