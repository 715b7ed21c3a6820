import { JsonLogger, redact } from './json-logger';

describe('JsonLogger', () => {
  it('never writes tokens, passwords or private text', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('debug', (l) => lines.push(l));
    logger.event('info', 'join', {
      pairToken: 'secret-token-value',
      nested: { password: 'hunter2hunter2', answer: 'I feel lonely sometimes', cookie: 'kindred_sid=abc' },
      command: { type: 'answer.submit', text: 'private words' },
      sessionId: 'keep-me',
    });
    const line = lines.join('\n');
    for (const secret of ['secret-token-value', 'hunter2hunter2', 'I feel lonely sometimes', 'kindred_sid=abc', 'private words']) expect(line).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'join', sessionId: 'keep-me', command: { type: 'answer.submit' } });
  });

  it('respects the level', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('warn', (l) => lines.push(l));
    logger.event('info', 'quiet');
    logger.event('error', 'loud');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['loud']);
  });

  it('keeps the context of Nest messages', () => {
    expect(redact({ context: 'RoutesResolver' })).toEqual({ context: 'RoutesResolver' });
  });
});
