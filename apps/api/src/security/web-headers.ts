import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response (helmet). The app's policy is strict: the Vite
 * build has no inline scripts, the socket is same-origin ('self' covers ws:/wss: on
 * the same host), QR codes are inline SVG elements, fonts are system fonts. No inline
 * script, <style> element or style attribute: Vue sets styles through the CSSOM,
 * which CSP does not restrict.
 * Swagger UI at /api/docs gets its own, looser style policy.
 */
export function securityHeaders(options: { hsts: boolean }): RequestHandler {
  const common = {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Only behind HTTPS: on a LAN over plain HTTP it would break every asset.
    upgradeInsecureRequests: options.hsts ? [] : null,
  };
  const base = {
    xFrameOptions: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: options.hsts ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false } : false,
    xContentTypeOptions: true,
    // Browsers honour Cross-Origin-Opener-Policy only on HTTPS (or localhost); on a room's
    // plain-HTTP LAN address Chromium ignores it and logs an error on every page.
    crossOriginOpenerPolicy: options.hsts ? { policy: 'same-origin' as const } : false,
  };
  const app = helmet({
    ...base,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...common,
        styleSrc: ["'self'"],
        styleSrcAttr: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'none'"],
      },
    },
  });
  const docs = helmet({
    ...base,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...common, styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"] },
    },
  });
  return (req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : app)(req, res, next);
}
