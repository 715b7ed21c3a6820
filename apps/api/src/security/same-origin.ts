import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request a browser sent from another origin, so a page on
 * another site (or another port of the same host: "same-site" to the cookie) can't
 * ride on the facilitator's cookie. SameSite=Lax does not cover that case.
 *
 * Browsers send `Origin` on every POST/PUT/PATCH/DELETE and `Sec-Fetch-Site` on
 * every request; a request with neither comes from a non-browser client, which must
 * hold the credential itself, so it is not a cross-site forgery.
 */
export function sameOriginWrites(allowedOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method) || writeAllowed(req, allowedOrigins)) return next();
    res.status(403).json({ code: 'request/cross-site', message: 'This request came from another web site and was refused.' });
  };
}

export function writeAllowed(req: Pick<Request, 'headers'>, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (allowedOrigins.includes(origin)) return true;
    try {
      // "null" (sandboxed frames, file:) fails to parse and is refused.
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
