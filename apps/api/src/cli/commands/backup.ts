import fs from 'node:fs';
import path from 'node:path';
import { dumpDatabase } from '../../database/sql-dump';
import { configOf, describeTarget, parseArgs, UsageError, withDatabase, type CliCommand } from '../context';

export const backup: CliCommand = {
  name: 'backup',
  summary: 'write the whole database to a plain SQL file (restore with `kindred restore`, or psql)',
  usage: 'backup FILE   FILE: where to write the backup ("-" for stdout); an existing file is not overwritten',
  async run(args, ctx) {
    const { positional } = parseArgs(args, []);
    if (positional.length !== 1) throw new UsageError('backup needs exactly one FILE.');
    const config = configOf(ctx);
    const target = positional[0]!;
    const toStdout = target === '-';
    const file = toStdout ? null : path.resolve(ctx.cwd, target);
    // Written next to the target, renamed at the end: a failed backup never looks complete.
    const partial = file ? `${file}.partial` : null;
    if (file && fs.existsSync(file)) throw new UsageError(`${target} already exists; choose a new file name.`);
    const fd = partial ? fs.openSync(partial, 'wx') : 1;
    try {
      const summary = await withDatabase(config, (url) =>
        dumpDatabase(url, (chunk) => void fs.writeSync(fd, chunk), config.databaseUrl ? 'postgres' : 'embedded'),
      );
      if (partial && file) {
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fs.renameSync(partial, file);
      }
      const where = file ? `to ${target}` : 'to stdout';
      // On stdout the dump itself is the output: the summary goes to stderr.
      const line = `Backed up ${describeTarget(config)} ${where}: ${summary.tables} tables, ${summary.rows} rows, schema at ${summary.schemaVersion ?? 'none'}.`;
      if (toStdout) process.stderr.write(line + '\n');
      else ctx.print(line);
      return 0;
    } catch (error) {
      if (partial) {
        try {
          fs.closeSync(fd);
        } catch {
          // already closed
        }
        fs.rmSync(partial, { force: true });
      }
      throw error;
    }
  },
};
