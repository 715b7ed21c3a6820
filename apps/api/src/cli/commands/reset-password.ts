import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { createDataSource } from '../../database/data-source';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { configOf, type CliCommand } from '../context';
import { generatePassword, setPassword } from '../../auth/password-change';
import { passwordProblem } from '../../auth/password-strength';

/**
 * What a `kindred` command gets from the runner (apps/api/src/cli/main.ts): the
 * server's database (DATABASE_URL, or the embedded one in KINDRED_DATA_DIR; the
 * runner opens it on first use and closes it) and the terminal.
 */
export interface CliContext {
  database(): Promise<DataSource>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const name = 'reset-password';
export const summary = 'give a facilitator account a new password (prints a strong one unless you choose it)';
export const usage = `kindred reset-password EMAIL [--prompt | --password PASSWORD] [--account ID]

  Sets a new password for the facilitator account with this email and signs it out
  everywhere (a console left open is cut off at its next action).
  Without options, prints a strong generated password to hand over.
  --prompt             type the new password instead (not echoed)
  --password PASSWORD  take it from the command line (it stays in your shell history)
  --account ID         which account, when several share the email (they are listed)
A chosen password must pass the same strength check as sign-up.`;

interface AccountRow {
  id: string;
  display_name: string;
  created_at: Date;
}

/** Exit codes: 0 done, 1 nothing changed (no such account, weak password, ambiguous), 2 wrong usage. */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  const say = (line: string) => ctx.stdout.write(`${line}\n`);
  const fail = (line: string, code = 1) => {
    ctx.stderr.write(`${line}\n`);
    return code;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { prompt: { type: 'boolean' }, password: { type: 'string' }, account: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    say(usage);
    return 0;
  }
  const email = positionals[0]?.trim();
  if (!email || positionals.length > 1 || (values.prompt && values.password !== undefined)) return fail(usage, 2);

  const db = await ctx.database();
  const accounts = await db.query<AccountRow[]>(`SELECT id, display_name, created_at FROM facilitators WHERE lower(email) = lower($1) ORDER BY created_at`, [email]);
  if (accounts.length === 0) return fail(`No facilitator account uses ${email}. Nothing changed.`);
  const account = values.account ? accounts.find((a) => a.id === values.account) : accounts.length === 1 ? accounts[0] : undefined;
  if (!account) {
    const list = accounts.map((a) => `  --account ${a.id}   ${a.display_name} (since ${a.created_at.toISOString().slice(0, 10)})`).join('\n');
    return fail(`${values.account ? 'No account with that id uses this email.' : `${accounts.length} accounts use ${email}; say which:`}\n${list}`);
  }

  const chosen = values.prompt ? await readHidden(ctx, 'New password: ') : values.password;
  const password = chosen ?? generatePassword();
  if (chosen !== undefined) {
    const problem = passwordProblem(chosen, [email, account.display_name]);
    if (problem) return fail(`${problem} Nothing changed.`);
  }
  const ended = await setPassword(db, account.id, password);
  say(`New password set for ${account.display_name} <${email}>; ${ended.length} sign-in${ended.length === 1 ? '' : 's'} ended.`);
  if (chosen === undefined) say(`Password: ${password}`);
  return 0;
}

/** One line from the terminal without echoing it (from a pipe, just the line). */
function readHidden(ctx: CliContext, question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      if (!muted) ctx.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: ctx.stdin, output, terminal: ctx.stdin.isTTY === true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (ctx.stdin.isTTY) ctx.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * `kindred reset-password` in the runner's shape (main.ts): the server's database is
 * opened only when the command needs it (a usage error never starts the embedded one),
 * under the data folder's lock, and closed afterwards.
 */
export const resetPassword: CliCommand = {
  name,
  summary,
  usage,
  async run(args, runner) {
    const config = configOf(runner);
    // Held in an object: TypeScript can't see the closure below assign a plain `let`.
    const held: { database?: OpenedDatabase } = {};
    try {
      return await run(args, {
        database: async () => (held.database ??= await openDatabase(config)).dataSource,
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
      });
    } finally {
      await held.database?.close();
    }
  },
};

interface OpenedDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

async function openDatabase(config: AppConfig): Promise<OpenedDatabase> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const dataSource = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 1, timeoutMs: null });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
