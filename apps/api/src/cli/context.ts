import { loadConfig, type AppConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

/** What a command gets: the environment it runs in and where it writes. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** One line of output for the operator (stdout). */
  print(line: string): void;
}

/** A failure the operator can act on: printed as one line, exit code 1. */
export class CliError extends Error {}

/** Wrong arguments: the message and the command's usage, exit code 2. */
export class UsageError extends CliError {}

export interface CliCommand {
  name: string;
  /** One line for `kindred help`. */
  summary: string;
  /** The arguments, e.g. `backup FILE`, and what they mean. */
  usage: string;
  /** Resolves to the exit code (0: done). */
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** The settings the server would read from the same environment. */
export function configOf(ctx: CliContext): AppConfig {
  return loadConfig(ctx.env, ctx.cwd);
}

/** A human name for where the data is: never the password in a DATABASE_URL. */
export function describeTarget(config: AppConfig): string {
  if (!config.databaseUrl) return `the embedded database in ${config.dataDir}`;
  try {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the PostgreSQL in DATABASE_URL';
  }
}

/**
 * Runs `work` with a connection string for the configured database. The embedded
 * store is opened here, under the same data-folder lock the server takes, so a
 * command on a folder a running server holds stops with the lock's message instead
 * of corrupting it (stop the server first; see docs/operations.md).
 */
export async function withDatabase<T>(config: AppConfig, work: (url: string) => Promise<T>): Promise<T> {
  if (config.databaseUrl) return work(config.databaseUrl);
  const embedded = await startEmbeddedPostgres(config.dataDir);
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** Splits `--flag` options from positional arguments; unknown flags are a usage error. */
export function parseArgs(args: string[], flags: readonly string[]): { positional: string[]; flags: Set<string> } {
  const positional: string[] = [];
  const set = new Set<string>();
  for (const arg of args) {
    if (arg.startsWith('--')) {
      if (!flags.includes(arg)) throw new UsageError(`Unknown option ${arg}.`);
      set.add(arg);
    } else positional.push(arg);
  }
  return { positional, flags: set };
}
