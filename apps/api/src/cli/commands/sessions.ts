import { Client } from 'pg';
import { configOf, parseArgs, UsageError, withDatabase, type CliCommand } from '../context';

interface Row {
  id: string;
  status: string;
  code: string;
  created_at: string;
  ended_at: string | null;
  pairs: number;
  title: string;
}

const RECENT_DAYS = 14;

export const sessions: CliCommand = {
  name: 'sessions',
  summary: `list live sessions and those of the last ${RECENT_DAYS} days`,
  usage: 'sessions [--json]   --json: one JSON object per line',
  async run(args, ctx) {
    const { positional, flags } = parseArgs(args, ['--json']);
    if (positional.length > 0) throw new UsageError('sessions takes no arguments.');
    const rows = await withDatabase(configOf(ctx), async (url) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const result = await client.query<Row>(
          `SELECT s.id, s.status, s.code, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS created_at,
                  to_char(s.ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS ended_at,
                  (SELECT count(*)::int FROM pairs p WHERE p.session_id = s.id) AS pairs, s.title
             FROM live_sessions s
            WHERE s.status IN ('lobby', 'running') OR s.created_at > now() - $1::int * interval '1 day'
            ORDER BY s.status IN ('lobby', 'running') DESC, s.created_at DESC`,
          [RECENT_DAYS],
        );
        return result.rows;
      } finally {
        await client.end();
      }
    });
    if (flags.has('--json')) {
      for (const row of rows) ctx.print(JSON.stringify(row));
      return 0;
    }
    if (rows.length === 0) {
      ctx.print(`No live sessions, and none in the last ${RECENT_DAYS} days.`);
      return 0;
    }
    // The join code only matters while pairs can still join.
    const table = [['STATUS', 'CODE', 'CREATED (UTC)', 'ENDED (UTC)', 'PAIRS', 'ID', 'TITLE']].concat(
      rows.map((r) => [r.status, r.status === 'lobby' || r.status === 'running' ? r.code : '-', r.created_at, r.ended_at ?? '-', String(r.pairs), r.id, r.title]),
    );
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    for (const row of table) ctx.print(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
    return 0;
  },
};
