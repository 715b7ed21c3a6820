import type { CommandOf } from '../../protocol/commands';
import type { PairActor } from '../actors';
import type { SessionState } from '../state';
import { requireActivePair, requireRunning, requireSegment, wasVisited } from './guards';
import { accept, isRejected, reject, type DecideResult } from './result';

/** A pair may write its commitment when the step comes and edit it any time later in the session. */
export function decideCommitmentSave(state: SessionState, command: CommandOf<'commitment.save'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const notRunning = requireRunning(state);
  if (notRunning) return notRunning;
  const segment = requireSegment(state, command.segmentId, 'commitment');
  if (isRejected(segment)) return segment;
  if (!wasVisited(state, segment.id)) return reject('session/segment-not-visited');
  return accept({ type: 'CommitmentSaved', pairId: pair.pairId, segmentId: segment.id, text: command.text, at: now });
}
