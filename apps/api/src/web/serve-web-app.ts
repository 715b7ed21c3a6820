import fs from 'node:fs';
import path from 'node:path';
import expressStaticGzip from 'express-static-gzip';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API owns; everything else is a route of the single-page web app. */
const API_PREFIXES = ['/api/', '/api', '/health', '/socket.io/', '/metrics'];

/**
 * Serves the built web app from the same port as the API, with the SPA fallback
 * (any unknown GET path answers index.html so deep links like /pair/... work).
 *
 * Files are sent as the brotli or gzip copy the build wrote beside them (see
 * apps/web/vite.config.ts), chosen by the browser's Accept-Encoding, with
 * `Vary: Accept-Encoding`: nothing is compressed per request. Hashed assets are
 * cached for a year and never revalidated; index.html and the other unhashed files
 * are revalidated on every load, so a new release is picked up at once.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const indexHtml = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return false;
  const precompressed = (root: string, serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic']) =>
    expressStaticGzip(root, { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false, serveStatic });
  app.use('/assets', precompressed(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  const unhashed = precompressed(distDir, { index: false, cacheControl: false });
  const noCache = (res: Response) => res.setHeader('Cache-Control', 'no-cache');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(p))) return next();
    noCache(res);
    // A file of the build (favicon.svg, index.html) as itself; any other path is a route.
    unhashed(req, res, () => {
      req.url = '/index.html';
      unhashed(req, res, next);
    });
  });
  return true;
}
