import { ERROR_MESSAGES, HTTP_ERROR_MESSAGES, type ErrorCode, type HttpErrorCode } from '@kindred/session';

/** Codes the web itself produces when the server could not answer. */
export const CLIENT_ERROR_MESSAGES = {
  'client/offline': 'The server could not be reached.',
  'client/timeout': 'The server did not answer in time.',
  'client/bad-response': 'The server sent an unreadable answer.',
} as const;
export type ClientErrorCode = keyof typeof CLIENT_ERROR_MESSAGES;

/** Every code a screen may have to explain: the socket's, the HTTP routes', the client's. */
export type KindredErrorCode = ErrorCode | HttpErrorCode | ClientErrorCode;

const DEFAULT_MESSAGES: Readonly<Record<KindredErrorCode, string>> = { ...ERROR_MESSAGES, ...HTTP_ERROR_MESSAGES, ...CLIENT_ERROR_MESSAGES };

export function isKindredErrorCode(code: unknown): code is KindredErrorCode {
  return typeof code === 'string' && Object.hasOwn(DEFAULT_MESSAGES, code);
}

/**
 * The one failure type of the web: an HTTP error (ApiError), a refused command ack, a
 * refused socket handshake, all come down to this. `code` is a declared code, or
 * null for one this page does not know (a newer server); `message` is the server's.
 */
export interface KindredFailure {
  code: KindredErrorCode | null;
  message: string;
}

export function failureOf(error: unknown): KindredFailure {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  return { code: isKindredErrorCode(code) ? code : null, message: typeof message === 'string' ? message : '' };
}

/** Codes whose server message names the field that is wrong ("title: Give the session a title"). */
const DETAILED_CODES: ReadonlySet<KindredErrorCode> = new Set(['payload/invalid', 'plan/invalid']);

/**
 * The sentence a screen shows for a failure. The same code reads the same wherever it
 * came from: the translated text for the code, else the shared default for it. The
 * server's words are shown only for validation codes (they say which field) and for a
 * code this page does not know (a newer server).
 */
export function failureText(error: unknown, translate: (code: KindredErrorCode) => string | null, generic: string): string {
  const failure = failureOf(error);
  if (failure.code && DETAILED_CODES.has(failure.code) && failure.message) return failure.message;
  if (failure.code) return translate(failure.code) ?? DEFAULT_MESSAGES[failure.code];
  return failure.message || generic;
}
