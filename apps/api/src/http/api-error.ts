import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * A failure the client can switch on: a stable `code` (`'join/code-unknown'`) and a
 * message a person can read. Every HTTP error body has this shape.
 */
export class ApiError extends HttpException {
  constructor(
    readonly code: string,
    message: string,
    status: HttpStatus = HttpStatus.BAD_REQUEST,
    readonly details?: Record<string, unknown>,
  ) {
    super({ code, message, ...details }, status);
  }
}
