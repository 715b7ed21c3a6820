import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API owns; everything else is a route of the single-page web app. */
const API_PREFIXES = ['/api/', '/api', '/health', '/socket.io/', '/metrics'];

/**
 * Serves the built web app from the same port as the API, with the SPA fallback
 * (any unknown GET path answers index.html so deep links like /pair/... work).
 * Hashed assets are cached for a year; index.html never.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const indexHtml = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return false;
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path === p || req.path.startsWith(p))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
