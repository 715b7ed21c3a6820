import path from 'node:path';

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
  /**
   * How long a query, or opening a database connection, may take before the database
   * counts as unavailable and commands are answered `server/unavailable`.
   */
  databaseTimeoutMs: number;
  /** On SIGTERM: how long in-flight commands get to finish before the process exits. */
  shutdownGraceMs: number;
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

function parseMs(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < min) throw new ConfigError(`${name} must be a whole number of milliseconds, at least ${min}, got "${raw}"`);
  return ms;
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
    databaseTimeoutMs: parseMs('DATABASE_TIMEOUT_MS', env.DATABASE_TIMEOUT_MS, 3000, 100),
    shutdownGraceMs: parseMs('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000, 0),
  };
}
