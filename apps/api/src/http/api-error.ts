import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, HttpErrorCode } from '@kindred/session';

/**
 * A failure the client can switch on: a stable `code` (`'join/code-unknown'`) and a
 * message a person can read. Every HTTP error body has this shape; the code must be
 * declared in the shared protocol (errors.ts or http.ts), so the web knows it.
 */
export class ApiError extends HttpException {
  constructor(
    readonly code: ErrorCode | HttpErrorCode,
    message: string,
    status: HttpStatus = HttpStatus.BAD_REQUEST,
    readonly details?: Record<string, unknown>,
  ) {
    super({ code, message, ...details }, status);
  }
}
