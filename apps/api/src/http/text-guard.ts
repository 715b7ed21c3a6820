import { findInvalidText } from '@kindred/session';
import type { NextFunction, Request, Response } from 'express';

/**
 * One check at the HTTP boundary, before any route: no string anywhere in the body,
 * the query or the path may carry a NUL byte or a lone surrogate. The zod schemas
 * refuse them too (the shared text schemas); this guard makes sure a field a schema
 * forgot, or a route without a schema, can't hand them to PostgreSQL.
 */
export function refuseInvalidText(req: Request, res: Response, next: NextFunction): void {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return refuse(res, 'the address');
  }
  const found = findInvalidText(path) ? 'the address' : findInvalidText(req.query, 'query') ?? findInvalidText(req.body);
  if (found) return refuse(res, found);
  next();
}

function refuse(res: Response, where: string): void {
  res.status(400).json({
    code: 'payload/invalid',
    message: `${where}: contains characters that are not allowed (a NUL byte or a broken character). Please retype it.`,
  });
}
