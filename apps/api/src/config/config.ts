import path from 'node:path';
import { normalizePublicUrl, PublicUrlError } from '@kindred/session';

/** Runtime settings, read once from the environment at start. */
export interface AppConfig {
  port: number;
  host: string;
  /** A real PostgreSQL; when absent the server runs an embedded one in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  redisUrl: string | null;
  /** Origins allowed to open a socket; empty means same-origin only (plus localhost in development). */
  allowedOrigins: string[];
  /** Folder holding the built web app; served on the same port. */
  webDistDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Cookies get the Secure flag behind HTTPS. */
  secureCookies: boolean;
  /** The origin phones use (`PUBLIC_URL`); null: the address the facilitator's browser used. */
  publicUrl: string | null;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  return port;
}

function parseLogLevel(raw: string | undefined): AppConfig['logLevel'] {
  const level = raw ?? 'info';
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${level}"`);
}

function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    return normalizePublicUrl(raw);
  } catch (error) {
    if (error instanceof PublicUrlError) throw new ConfigError(error.message);
    throw error;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(cwd, env.KINDRED_DATA_DIR ?? '.kindred/data'),
    redisUrl: env.REDIS_URL || null,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    webDistDir: path.resolve(env.KINDRED_WEB_DIST ?? path.join(__dirname, '../../../web/dist')),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    secureCookies: env.SECURE_COOKIES === 'true',
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
  };
}
