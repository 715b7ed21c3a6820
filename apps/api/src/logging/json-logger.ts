import type { LoggerService } from '@nestjs/common';
import type { AppConfig } from '../config/config';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

/** Keys whose values never reach a log line, at any depth: credentials, and private words. */
const SECRET_KEYS = /token|password|secret|cookie|authorization/i;
const PRIVATE_KEYS = /^(text|answer|answers|choice|commitment|body|payload)$/i;

/** Replaces secrets and private text in a log field with a marker. Exported for tests. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEYS.test(key) || PRIVATE_KEYS.test(key) ? '[redacted]' : redact(v, depth + 1);
  return out;
}

/**
 * One JSON object per line on stdout, so logs can be shipped and searched.
 * Nest's own messages come through `log/warn/error`; our code calls `event` with a
 * name and structured fields, which are passed through `redact`.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: AppConfig['logLevel'] = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  event(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (LEVELS[level] < LEVELS[this.level]) return;
    this.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...(redact(fields) as object) }));
  }

  // Nest's own chatter (modules loaded, routes mapped) is debug detail.
  log(message: unknown, context?: string): void {
    this.event('debug', String(message), { context });
  }
  warn(message: unknown, context?: string): void {
    this.event('warn', String(message), { context });
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.event('error', message instanceof Error ? message.message : String(message), { context: context ?? stackOrContext });
  }
  debug(message: unknown, context?: string): void {
    this.event('debug', String(message), { context });
  }
  verbose(message: unknown, context?: string): void {
    this.event('debug', String(message), { context });
  }
}
