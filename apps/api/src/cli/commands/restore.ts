import { writeAudit } from '../../audit/audit-log';
import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../../database/data-source';
import { BACKUP_FORMAT, readBackupHeader, restoreDatabase } from '../../database/sql-dump';
import { CliError, configOf, describeTarget, parseArgs, UsageError, withDatabase, type CliCommand } from '../context';

export const restore: CliCommand = {
  name: 'restore',
  summary: 'load a backup into the configured database (refuses one that holds data unless --force)',
  usage: 'restore FILE [--force]   --force: replace the data already in the database',
  async run(args, ctx) {
    const { positional, flags } = parseArgs(args, ['--force']);
    if (positional.length !== 1) throw new UsageError('restore needs exactly one FILE.');
    const file = path.resolve(ctx.cwd, positional[0]!);
    if (!fs.existsSync(file)) throw new CliError(`${positional[0]} does not exist.`);
    const sql = fs.readFileSync(file, 'utf8');
    const { description } = readBackupHeader(sql);
    const config = configOf(ctx);
    const applied = await withDatabase(config, async (url) => {
      await restoreDatabase(url, sql, { force: flags.has('--force') });
      // A backup from an older version: bring its schema up to this version's.
      const migrator = createDataSource({ url, poolSize: 1, timeoutMs: null });
      await migrator.initialize();
      try {
        const migrations = await migrator.runMigrations({ transaction: 'each' });
        await writeAudit(migrator, null, { action: 'database.restored', actor: { kind: 'operator' }, sessionId: null, details: { backupFormat: BACKUP_FORMAT, force: flags.has('--force') } });
        return migrations;
      } finally {
        await migrator.destroy();
      }
    });
    ctx.print(`Restored ${positional[0]} (${description}) into ${describeTarget(config)}.`);
    if (applied.length > 0) ctx.print(`Then migrated it: ${applied.map((m) => m.name).join(', ')}.`);
    return 0;
  },
};
