import type { ClientErrorCode } from './errors';

/**
 * A small typed HTTP client for the API. Every failure becomes an `ApiError` with the
 * server's stable `code` (or a client-side one for network trouble), so screens can
 * switch on codes instead of parsing messages.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Codes produced by this client, not the server (messages: errors.ts). */
export const CLIENT_ERROR_CODES = {
  offline: 'client/offline',
  badResponse: 'client/bad-response',
} as const satisfies Record<string, ClientErrorCode>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns any error body into an ApiError; the API always answers `{ code, message }`. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string') {
    const { code, message, ...details } = body;
    return new ApiError(status, code, typeof message === 'string' ? message : code, details);
  }
  return new ApiError(status, status >= 500 ? 'server/error' : CLIENT_ERROR_CODES.badResponse, `HTTP ${status}`);
}

export async function request<T>(method: HttpMethod, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, CLIENT_ERROR_CODES.offline, 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) throw errorFromBody(response.status, parsed);
  if (parsed === undefined) throw new ApiError(response.status, CLIENT_ERROR_CODES.badResponse, 'The server sent an unreadable answer.');
  return parsed as T;
}

export const http = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
};

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
