import type { CommandOf } from '../../protocol/commands';
import type { Actor, PairActor } from '../actors';
import type { SessionState } from '../state';
import { getPair, pairLanguage } from '../queries';
import { requireActivePair, uniqueName } from './guards';
import { accept, isRejected, reject, type DecideResult } from './result';

export function decideJoin(state: SessionState, command: CommandOf<'pair.join'>, actor: PairActor, now: number): DecideResult {
  const existing = getPair(state, actor.pairId);
  if (existing) return existing.removedAt === null ? reject('join/already-joined') : reject('auth/pair-removed');
  if (state.locked) return reject('join/room-locked');
  const name = uniqueName(state, command.name, null);
  // The session's language is the default: only a different one is worth logging.
  const language = command.language !== undefined && command.language !== state.agenda.language ? { language: command.language } : {};
  return accept({ type: 'PairJoined', pairId: actor.pairId, name, members: command.members, ...language, at: now });
}

export function decideRemove(state: SessionState, command: CommandOf<'pair.remove'>, now: number): DecideResult {
  const pair = getPair(state, command.pairId);
  if (!pair) return reject('session/unknown-pair');
  if (pair.removedAt !== null) return accept();
  return accept({ type: 'PairRemoved', pairId: pair.pairId, at: now });
}

/** A pair renames itself; the facilitator may rename any pair, e.g. to fix an unkind name. */
export function decideRename(state: SessionState, command: CommandOf<'pair.rename'>, actor: Actor, now: number): DecideResult {
  const pairId = renameTarget(command, actor);
  if (typeof pairId !== 'string') return pairId;
  const pair = getPair(state, pairId);
  if (!pair) return reject(actor.kind === 'pair' ? 'auth/unknown-pair' : 'session/unknown-pair');
  if (pair.removedAt !== null) return reject(actor.kind === 'pair' ? 'auth/pair-removed' : 'session/unknown-pair');
  if (pair.name === command.name) return accept();
  const name = uniqueName(state, command.name, pairId);
  return name === pair.name ? accept() : accept({ type: 'PairRenamed', pairId, name, at: now });
}

function renameTarget(command: CommandOf<'pair.rename'>, actor: Actor): string | ReturnType<typeof reject> {
  switch (actor.kind) {
    case 'pair':
      if (command.pairId !== undefined && command.pairId !== actor.pairId) return reject('auth/forbidden', 'A pair can only rename itself.');
      return actor.pairId;
    case 'facilitator':
      return command.pairId ?? reject('payload/invalid', 'Say which pair to rename (pairId).');
    case 'projector':
    case 'system':
      return reject('auth/forbidden');
    default: {
      const _exhaustive: never = actor;
      return _exhaustive;
    }
  }
}

export function decideSetMembers(state: SessionState, command: CommandOf<'pair.setMembers'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  if (pair.members.mother === command.members.mother && pair.members.son === command.members.son) return accept();
  return accept({ type: 'PairMembersSet', pairId: pair.pairId, members: command.members, at: now });
}

/** Only the facilitator lets a removed pair back in; until then its credential and device stay refused. */
export function decideReadmit(state: SessionState, command: CommandOf<'pair.readmit'>, now: number): DecideResult {
  const pair = getPair(state, command.pairId);
  if (!pair) return reject('session/unknown-pair');
  if (pair.removedAt === null) return accept();
  return accept({ type: 'PairReadmitted', pairId: pair.pairId, at: now });
}

/**
 * A pair shares its handout with the facilitator (for printing) or withdraws it. Its
 * own choice on its own device: the facilitator can't send this. Allowed after the
 * session ended too, since that is when handouts are printed.
 */
export function decideHandoutShare(state: SessionState, command: CommandOf<'handout.share'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  if (pair.handoutShared === command.shared) return accept();
  return accept({ type: 'HandoutSharingSet', pairId: pair.pairId, shared: command.shared, at: now });
}

/** A pair sets its own words; the actor is the pair, so no pair can set another's. */
export function decideSetWords(state: SessionState, command: CommandOf<'pair.setWords'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  if (JSON.stringify(pair.words) === JSON.stringify(command.words)) return accept();
  return accept({ type: 'PairWordsSet', pairId: pair.pairId, words: command.words, at: now });
}

/** A device of the pair switched language; its own choice, also after the session ended (handouts are printed then). */
export function decideSetLanguage(state: SessionState, command: CommandOf<'pair.setLanguage'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  if (pairLanguage(state, pair) === command.language) return accept();
  return accept({ type: 'PairLanguageSet', pairId: pair.pairId, language: command.language, at: now });
}

/** What the projector shows: one language or two side by side. */
export function decideProjectorLanguages(state: SessionState, command: CommandOf<'session.setProjectorLanguages'>, now: number): DecideResult {
  const current = state.projectorLanguages ?? [state.agenda.language];
  if (current.join() === command.languages.join()) return accept();
  return accept({ type: 'ProjectorLanguagesSet', languages: [...command.languages], at: now });
}
