import { QueryFailedError } from 'typeorm';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-health';

/** Which failures become `server/unavailable` (retry later) and which stay real errors. */
describe('isDatabaseUnavailable', () => {
  const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a cut connection', new Error('Connection terminated unexpectedly')],
    ['no connection within the timeout', new Error('timeout exceeded when trying to connect')],
    ['a query left unanswered (blackholed)', new Error('Query read timeout')],
    ['the server shutting down (57P01)', wrapped(pgError('57P01', 'terminating connection due to administrator command'))],
    ['the statement timeout (57014)', wrapped(pgError('57014', 'canceling statement due to statement timeout'))],
    ['too many connections (53300)', pgError('53300')],
    ['a connection exception (08006)', pgError('08006')],
    ['an outage already known', new DatabaseUnavailableError()],
  ])('%s is unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error) || error instanceof DatabaseUnavailableError).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', wrapped(pgError('23505', 'duplicate key value violates unique constraint'))],
    ['a syntax error (42601)', wrapped(pgError('42601', 'syntax error at or near "SELEC"'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'boom'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
