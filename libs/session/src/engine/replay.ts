import type { BallotCast, LoggedEvent, SessionCreated } from './events';
import type { SessionState } from './state';
import { evolve, initialState } from './evolve';

/**
 * Rebuilds a session as the API does after a restart: the event log in order, then
 * the ballots table (one row per voter and poll). Ballot application commutes with
 * every logged event, so the result equals the live state.
 */
export function replay(log: readonly LoggedEvent[], ballots: readonly BallotCast[] = []): SessionState {
  const [first, ...rest] = log;
  if (!first || first.type !== 'SessionCreated') throw new Error('An event log starts with SessionCreated.');
  let state = initialState(first satisfies SessionCreated);
  for (const event of rest) state = evolve(state, event);
  for (const ballot of ballots) state = evolve(state, ballot);
  return state;
}
