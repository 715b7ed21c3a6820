import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_MESSAGES } from '@kindred/session';
import type { DatabaseHealth } from '../database/database-health';
import { JsonLogger } from '../logging/json-logger';
import { ApiError } from './api-error';

/** Turns every thrown error into `{ code, message }` so no route answers with a bare stack or HTML. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    private readonly database: DatabaseHealth,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { id?: string }>();
    if (error instanceof ApiError) {
      res.status(error.getStatus()).json(error.getResponse());
      return;
    }
    if (error instanceof HttpException) {
      const status: number = error.getStatus();
      const code = status === 404 ? 'http/not-found' : status === 413 ? 'payload/too-large' : `http/${status}`;
      const message = status === 404 ? 'There is nothing at this address.' : error.message;
      res.status(status).json({ code, message });
      return;
    }
    // body-parser's errors carry a status but are not HttpExceptions.
    const status = (error as { status?: number }).status;
    if (status === 400 || status === 413) {
      res.status(status).json(
        status === 413
          ? { code: 'payload/too-large', message: 'The request is too large.' }
          : { code: 'payload/invalid', message: 'The request body is not valid JSON.' },
      );
      return;
    }
    // An outage is logged once by DatabaseHealth, not once per request; the client may retry.
    if (this.database.report(error)) {
      res.status(503).set('Retry-After', '2').json({ code: 'server/unavailable', message: ERROR_MESSAGES['server/unavailable'] });
      return;
    }
    this.logger.event('error', 'request failed', { requestId: req.id, path: req.path, error });
    res.status(500).json({ code: 'server/internal', message: 'Something went wrong on our side. Please try again.' });
  }
}
