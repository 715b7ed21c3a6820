import { writeAudit } from '../../audit/audit-log';
import { createDataSource } from '../../database/data-source';
import { HandoutStore } from '../../handouts/handout-store';
import { configOf, describeTarget, parseArgs, UsageError, withDatabase, type CliCommand } from '../context';

/**
 * The retention purge the server runs hourly (PrivateAnswerRetention), now. It only
 * touches ended sessions, which no server keeps in memory (they leave the cache when
 * they end), so running it beside live servers on PostgreSQL is safe.
 */
export const purge: CliCommand = {
  name: 'purge',
  summary: "delete private answers whose session's retention period has run out, now",
  usage: 'purge',
  async run(args, ctx) {
    if (parseArgs(args, []).positional.length > 0) throw new UsageError('purge takes no arguments.');
    const config = configOf(ctx);
    const purged = await withDatabase(config, async (url) => {
      const db = createDataSource({ url, poolSize: 1, timeoutMs: null });
      await db.initialize();
      try {
        const store = new HandoutStore(db);
        const now = new Date();
        const done: string[] = [];
        for (const sessionId of await store.sessionsDueForPurge(now)) {
          if (!(await store.redactPrivateAnswers(sessionId, now))) continue;
          await writeAudit(db, null, { action: 'private-answers.purged', actor: { kind: 'operator' }, sessionId, details: { by: 'kindred purge' } });
          done.push(sessionId);
        }
        return done;
      } finally {
        await db.destroy();
      }
    });
    ctx.print(purged.length === 0 ? `Nothing to purge in ${describeTarget(config)}.` : `Deleted the private answers of ${purged.length} session(s) in ${describeTarget(config)}: ${purged.join(', ')}.`);
    return 0;
  },
};
