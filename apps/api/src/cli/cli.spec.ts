import { BackupError, dependencyOrder, readBackupHeader } from '../database/sql-dump';
import { commandTypeLabel, errorCodeLabel } from '../metrics/metrics';
import { tokenMatches } from '../metrics/metrics.controller';
import { COMMANDS } from './commands';
import { CliError, type CliCommand } from './context';
import { helpText, runCli } from './main';

async function run(argv: string[], commands?: readonly CliCommand[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, cwd: '/', print: (l) => out.push(l) }, (l) => err.push(l), commands);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kindred main', () => {
  it('lists every registered command in the help, and exits 2 without a command', async () => {
    const help = await run([]);
    expect(help.code).toBe(2);
    for (const command of COMMANDS) expect(help.out).toContain(`  ${command.name}`);
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['backup', 'restore', 'migrate', 'purge', 'sessions']));
    expect((await run(['help'])).code).toBe(0);
    expect(await run(['help', 'restore'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: kindred restore FILE \[--force\]/) });
  });

  it('answers wrong usage with the usage (2), a known failure with one line (1)', async () => {
    const failing: CliCommand = {
      name: 'fail',
      summary: 'fails',
      usage: 'fail',
      run: () => Promise.reject(new CliError('The thing is\nbroken.')),
    };
    expect(await run(['fail'], [failing])).toEqual({ code: 1, out: '', err: 'kindred fail: The thing is broken.' });
    expect(await run(['restore', 'a.sql', '--frobnicate'])).toMatchObject({ code: 2, err: expect.stringMatching(/^kindred restore: Unknown option --frobnicate\.\nUsage: kindred restore/) });
    expect(await run(['nope'])).toMatchObject({ code: 2, err: 'kindred: unknown command "nope". Run `kindred help` for the list.' });
    expect(helpText([failing])).toContain('  fail  fails');
  });
});

describe('backup files', () => {
  it('orders tables parents first, and refuses a cycle', () => {
    const tables = [
      { name: 'pairs', parents: ['live_sessions'] },
      { name: 'ballots', parents: ['live_sessions'] },
      { name: 'live_sessions', parents: ['facilitators'] },
      { name: 'pair_credentials', parents: ['pairs', 'live_sessions'] },
      { name: 'facilitators', parents: [] },
    ];
    expect(dependencyOrder(tables).map((t) => t.name)).toEqual(['facilitators', 'live_sessions', 'ballots', 'pairs', 'pair_credentials']);
    expect(() => dependencyOrder([{ name: 'a', parents: ['b'] }, { name: 'b', parents: ['a'] }])).toThrow(BackupError);
  });

  it('reads its header, and refuses other files, other formats and cut-off files', () => {
    const good = '-- Kindred backup, format 1\n-- taken then\nBEGIN; -- kindred:data\nSELECT 1;\nCOMMIT; -- kindred:end\n';
    expect(readBackupHeader(good)).toEqual({ format: 1, description: 'taken then' });
    expect(() => readBackupHeader('DROP TABLE facilitators;')).toThrow(/not a Kindred backup/);
    expect(() => readBackupHeader(good.replace('format 1', 'format 9'))).toThrow(/format 9/);
    expect(() => readBackupHeader(good.replace('COMMIT; -- kindred:end\n', ''))).toThrow(/incomplete/);
  });
});

describe('metrics labels and token', () => {
  it('lets only known command types and error codes become labels', () => {
    expect(commandTypeLabel('vote.cast')).toBe('vote.cast');
    expect(commandTypeLabel('Lucía')).toBe('other');
    expect(commandTypeLabel({ toString: () => 'vote.cast' })).toBe('other');
    expect(errorCodeLabel('payload/invalid')).toBe('payload/invalid');
    expect(errorCodeLabel('ABC123')).toBe('other');
  });

  it('compares the bearer token exactly, whatever its length', () => {
    expect(tokenMatches('a-long-metrics-token', 'a-long-metrics-token')).toBe(true);
    expect(tokenMatches('a-long-metrics-toke', 'a-long-metrics-token')).toBe(false);
    expect(tokenMatches('', 'a-long-metrics-token')).toBe(false);
  });
});
