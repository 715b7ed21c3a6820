import { ConfigError } from '../config/config';
import { DataDirLockedError } from '../database/embedded-postgres';
import { BackupError } from '../database/sql-dump';
import { COMMANDS } from './commands';
import { CliError, UsageError, type CliCommand, type CliContext } from './context';

/**
 * `kindred COMMAND [ARGS]`: the operator's tool (backups, migrations, the purge, a
 * look at sessions). Reads the same settings as the server (DATABASE_URL,
 * KINDRED_DATA_DIR). Exit codes: 0 done, 1 failed (one line on stderr), 2 wrong usage.
 */
export function helpText(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: kindred COMMAND [ARGS]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The database is the one the server would use: DATABASE_URL, or the embedded one in',
    'KINDRED_DATA_DIR (default .kindred/data; stop the server first). See docs/operations.md.',
    '`kindred help COMMAND` shows a command\'s arguments.',
  ].join('\n');
}

/** Errors an operator can act on print as their message; anything else is a bug and prints its stack. */
function isExpected(error: unknown): error is Error {
  return error instanceof CliError || error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof BackupError;
}

export async function runCli(
  argv: string[],
  ctx: CliContext,
  fail: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? args[0] : undefined;
    const command = topic ? commands.find((c) => c.name === topic) : undefined;
    if (topic && !command) {
      fail(`kindred: unknown command "${topic}". Run \`kindred help\` for the list.`);
      return 2;
    }
    ctx.print(command ? `Usage: kindred ${command.usage}\n\n${command.summary}` : helpText(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    fail(`kindred: unknown command "${name}". Run \`kindred help\` for the list.`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    ctx.print(`Usage: kindred ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`kindred ${name}: ${error.message}\nUsage: kindred ${command.usage}`);
      return 2;
    }
    if (isExpected(error)) {
      fail(`kindred ${name}: ${error.message.replace(/\s*\n\s*/g, ' ')}`);
      return 1;
    }
    const message = (error as Error)?.message ?? String(error);
    // Database errors (a refused connection, SQL) are worth one line too; the stack only with DEBUG.
    fail(`kindred ${name}: ${message.replace(/\s*\n\s*/g, ' ')}`);
    if (process.env.KINDRED_DEBUG) fail(String((error as Error)?.stack ?? error));
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd(), print: (line) => process.stdout.write(line + '\n') }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`kindred: ${String((error as Error)?.stack ?? error)}\n`);
      process.exitCode = 1;
    },
  );
}
