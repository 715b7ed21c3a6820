import { createDataSource } from '../../database/data-source';
import { configOf, describeTarget, parseArgs, UsageError, withDatabase, type CliCommand } from '../context';

export const migrate: CliCommand = {
  name: 'migrate',
  summary: 'bring the database schema up to this version (the server also does this at start)',
  usage: 'migrate',
  async run(args, ctx) {
    if (parseArgs(args, []).positional.length > 0) throw new UsageError('migrate takes no arguments.');
    const config = configOf(ctx);
    const applied = await withDatabase(config, async (url) => {
      const migrator = createDataSource({ url, poolSize: 1, timeoutMs: null });
      await migrator.initialize();
      try {
        return await migrator.runMigrations({ transaction: 'each' });
      } finally {
        await migrator.destroy();
      }
    });
    ctx.print(applied.length === 0 ? `${describeTarget(config)} is up to date.` : `Migrated ${describeTarget(config)}: ${applied.map((m) => m.name).join(', ')}.`);
    return 0;
  },
};
