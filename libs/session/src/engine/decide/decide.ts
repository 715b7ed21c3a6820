import { COMMAND_SENDERS, type Command } from '../../protocol/commands';
import type { Actor, PairActor } from '../actors';
import type { SessionState } from '../state';
import { decideCommitmentSave } from './commitments';
import { currentDeviceRejection, decideDeviceAdd, decideDeviceMerge } from './devices';
import { getPair } from '../queries';
import { decideLock, decideSessionEnd, decideSessionStart } from './lifecycle';
import { decideGoto } from './navigation';
import { decideHandoutShare, decideJoin, decideProjectorLanguages, decideReadmit, decideRemove, decideRename, decideSetLanguage, decideSetMembers, decideSetWords } from './pairs';
import { decidePollControl, decideVote } from './polls';
import { decideAnswerReveal, decideAnswerSubmit, decideRevealEnd } from './private-answers';
import { reject, type DecideContext, type DecideResult } from './result';
import { decideTimer } from './timer';
import { decideTopicNote } from './topic-notes';

/**
 * Decides what a command means in this state: the events to append, or why not.
 * Pure: `now` (ms epoch) and voter keys come in, nothing is read from the world.
 * The command must already be validated (`parseCommand`).
 */
export function decide(state: SessionState, command: Command, actor: Actor, now: number, ctx: DecideContext = {}): DecideResult {
  if (!maySend(state, command, actor)) return reject('auth/forbidden');
  // Every pair command, including those allowed after the end, comes from a credential
  // the pair holds now: a split pair's shared token or a replaced phone acts for no one.
  if (actor.kind === 'pair' && command.type !== 'pair.join') {
    const pair = getPair(state, actor.pairId);
    const stale = pair ? currentDeviceRejection(pair, actor) : null;
    if (stale) return stale;
  }
  // Sharing a handout is the one thing a pair still does once the session is over.
  if (command.type === 'handout.share') return withPairActor(actor, (pair) => decideHandoutShare(state, command, pair, now));
  // So is choosing the language its handout prints in.
  if (command.type === 'pair.setLanguage') return withPairActor(actor, (pair) => decideSetLanguage(state, command, pair, now));
  // Fidelity notes are often written once the room has gone home.
  if (command.type === 'topic.note') return decideTopicNote(state, command, now);
  if (state.phase === 'ended') return reject(command.type === 'pair.join' ? 'join/session-ended' : 'session/ended');

  switch (command.type) {
    case 'session.start':
      return decideSessionStart(state, command, now);
    case 'session.end':
      return decideSessionEnd(state, now);
    case 'session.lock':
      return decideLock(state, true, now);
    case 'session.unlock':
      return decideLock(state, false, now);
    case 'pair.remove':
      return decideRemove(state, command, now);
    case 'pair.readmit':
      return decideReadmit(state, command, now);
    case 'segment.goto':
      return decideGoto(state, command, now);
    case 'timer.start':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.adjust':
    case 'timer.reset':
    case 'timer.expire':
      return decideTimer(state, command, now);
    case 'poll.open':
    case 'poll.close':
    case 'poll.reveal':
    case 'poll.hideAnswer':
      return decidePollControl(state, command, now);
    case 'reveal.end':
      return decideRevealEnd(state, command, now);
    case 'pair.rename':
      return decideRename(state, command, actor, now);
    case 'pair.join':
      return withPairActor(actor, (pair) => decideJoin(state, command, pair, now));
    case 'pair.setMembers':
      return withPairActor(actor, (pair) => decideSetMembers(state, command, pair, now));
    case 'pair.setWords':
      return withPairActor(actor, (pair) => decideSetWords(state, command, pair, now));
    case 'session.setProjectorLanguages':
      return decideProjectorLanguages(state, command, now);
    case 'answer.submit':
      return withPairActor(actor, (pair) => decideAnswerSubmit(state, command, pair, now));
    case 'answer.reveal':
      return withPairActor(actor, (pair) => decideAnswerReveal(state, command, pair, now));
    case 'vote.cast':
      return withPairActor(actor, (pair) => decideVote(state, command, pair, ctx));
    case 'commitment.save':
      return withPairActor(actor, (pair) => decideCommitmentSave(state, command, pair, now));
    case 'devices.add':
      return withPairActor(actor, (pair) => decideDeviceAdd(state, command, pair, now));
    case 'devices.merge':
      return withPairActor(actor, (pair) => decideDeviceMerge(state, command, pair, now));
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Role-level authorization; what a given pair may touch is checked by each handler. */
function maySend(state: SessionState, command: Command, actor: Actor): boolean {
  const sender = COMMAND_SENDERS[command.type];
  switch (actor.kind) {
    case 'facilitator':
      // The owner drives the session, and so does a co-facilitator the transport has
      // checked against the session's team (the engine knows only the owner).
      return (actor.facilitatorId === state.facilitatorId || actor.coFacilitator === true) && (sender === 'facilitator' || sender === 'facilitatorOrSystem' || sender === 'pairOrFacilitator');
    case 'pair':
      return sender === 'pair' || sender === 'pairOrFacilitator';
    case 'system':
      return sender === 'system' || sender === 'facilitatorOrSystem';
    case 'projector':
      return false; // read-only screen
    default: {
      const _exhaustive: never = actor;
      return _exhaustive;
    }
  }
}

function withPairActor(actor: Actor, handle: (pair: PairActor) => DecideResult): DecideResult {
  return actor.kind === 'pair' ? handle(actor) : reject('auth/forbidden');
}
