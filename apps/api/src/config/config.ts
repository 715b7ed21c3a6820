import os from 'node:os';
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
  /** Cookies get the Secure flag behind HTTPS; also turns on HSTS. */
  secureCookies: boolean;
  /** The origin phones use (`PUBLIC_URL`); null: the address the facilitator's browser used. */
  publicUrl: string | null;
  /**
   * How long a query, or opening a database connection, may take before the database
   * counts as unavailable and commands are answered `server/unavailable`.
   */
  databaseTimeoutMs: number;
  /** On SIGTERM: how long in-flight commands get to finish before the process exits. */
  shutdownGraceMs: number;
  /**
   * Which proxies' X-Forwarded-For is believed (Express `trust proxy`): `false`, or a
   * list of addresses/CIDRs/`loopback`. Never a hop count: that trusts whatever a client sends.
   */
  trustProxy: false | string[];
  /** Pairs one session accepts; more get `join/session-full`. */
  maxPairsPerSession: number;
  /** Pairs that may join from one address per minute (a class on one school network joins at once). */
  joinsPerAddressPerMinute: number;
  /** Open sockets one credential (pair, member, projector link, facilitator per session) may hold. */
  maxSocketsPerCredential: number;
  /** A lobby or running session with no event for this long is ended by the server. */
  sessionIdleMs: number;
  /** The bearer token `/metrics` requires; null: no metrics endpoint. */
  metricsToken: string | null;
  /** Worker threads rendering handout PDFs (handouts/pdf/pdf-pool.ts); 0 renders on the event loop (for comparison only). */
  pdfWorkers: number;
  /** PDFs one pair or facilitator may have rendering or waiting; more get `handout/busy`. */
  pdfRendersPerRequester: number;
  /** Where "Forgot your password?" mail goes out (`smtp://user:pass@host:587`); null: no email, ask whoever runs the server. */
  smtpUrl: string | null;
  /** The sender of that mail. */
  mailFrom: string;
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

function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number of at least 0, got "${raw}"`);
  return value;
}

function parseTrustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  const value = (raw ?? 'loopback').trim();
  if (value === '' || value === 'false' || value === 'none') return false;
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (list.some((v) => v === 'true' || /^\d+$/.test(v))) {
    throw new ConfigError(`TRUST_PROXY must list the proxies' addresses (e.g. "loopback" or "10.0.0.5,10.0.1.0/24"), not "${value}": trusting any hop lets a client forge its address`);
  }
  return list;
}

function parseIdleHours(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 12 * 60 * 60 * 1000;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 365) throw new ConfigError(`SESSION_IDLE_HOURS must be a number of hours above 0, got "${raw}"`);
  return Math.round(hours * 60 * 60 * 1000);
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

function parseMetricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  // Anyone who guesses it reads the room's activity: make guessing hopeless.
  if (raw.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)');
  return raw;
}

function parseSmtpUrl(raw: string | undefined, publicUrl: string | null): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError('SMTP_URL must be an address such as smtp://user:password@mail.example.org:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  // Emailed links must not follow a request's Host header, which a client can forge.
  if (publicUrl === null) throw new ConfigError('SMTP_URL needs PUBLIC_URL: password reset emails link to the public address, never to whatever host a request named');
  return url.toString();
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
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    maxPairsPerSession: parsePositiveInt('MAX_PAIRS_PER_SESSION', env.MAX_PAIRS_PER_SESSION, 150),
    joinsPerAddressPerMinute: parsePositiveInt('JOINS_PER_ADDRESS_PER_MINUTE', env.JOINS_PER_ADDRESS_PER_MINUTE, 100),
    maxSocketsPerCredential: parsePositiveInt('MAX_SOCKETS_PER_CREDENTIAL', env.MAX_SOCKETS_PER_CREDENTIAL, 4),
    sessionIdleMs: parseIdleHours(env.SESSION_IDLE_HOURS),
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    pdfWorkers: parseCount('PDF_WORKERS', env.PDF_WORKERS, Math.max(1, Math.min(4, os.availableParallelism() - 1))),
    pdfRendersPerRequester: parsePositiveInt('PDF_RENDERS_PER_REQUESTER', env.PDF_RENDERS_PER_REQUESTER, 2),
    smtpUrl: parseSmtpUrl(env.SMTP_URL, parsePublicUrl(env.PUBLIC_URL)),
    mailFrom: env.MAIL_FROM?.trim() || 'Kindred <kindred@localhost>',
  };
}
