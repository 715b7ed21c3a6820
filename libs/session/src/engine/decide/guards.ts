import type { AgendaSegment, SegmentKind } from '@kindred/content';
import type { PairActor } from '../actors';
import type { PairState, SessionState } from '../state';
import { findSegment } from '../agenda-index';
import { mapValues } from '../sharded-map';
import { getPair } from '../queries';
import { reject, type Rejected } from './result';
import { LIMITS } from '../../protocol/limits';
import { nameKey } from '../../protocol/text';

export function requireRunning(state: SessionState): Rejected | null {
  return state.phase === 'running' ? null : reject('session/wrong-phase', 'The session is not running.');
}

export function requireSegment<K extends SegmentKind>(
  state: SessionState,
  segmentId: string,
  kind: K,
): Extract<AgendaSegment, { kind: K }> | Rejected {
  const entry = findSegment(state.agenda, segmentId);
  if (!entry) return reject('session/unknown-segment');
  if (entry.segment.kind !== kind) return reject('session/wrong-segment-kind', `That step is not a ${kind} step.`);
  return entry.segment as Extract<AgendaSegment, { kind: K }>;
}

export function requireCurrent(state: SessionState, segmentId: string): Rejected | null {
  if (!findSegment(state.agenda, segmentId)) return reject('session/unknown-segment');
  return state.currentSegmentId === segmentId ? null : reject('session/segment-not-current');
}

export function wasVisited(state: SessionState, segmentId: string): boolean {
  return state.visits.some((visit) => visit.segmentId === segmentId);
}

export function requireActivePair(state: SessionState, actor: PairActor): PairState | Rejected {
  const pair = getPair(state, actor.pairId);
  if (!pair) return reject('auth/unknown-pair');
  if (pair.removedAt !== null) return reject('auth/pair-removed');
  return pair;
}

/** Names clash on their normal form without case, so "The Bears" and "the  bears\u200B" can't both join. */
export function isNameTaken(state: SessionState, name: string, exceptPairId: string | null): boolean {
  const wanted = nameKey(name);
  for (const pair of mapValues(state.pairs)) {
    if (pair.removedAt === null && pair.pairId !== exceptPairId && nameKey(pair.name) === wanted) return true;
  }
  return false;
}

/**
 * The name itself when free, else the first free "name 2", "name 3" ... A clash is
 * never refused: a refusal would let a pair test, one guess at a time, which names
 * the others chose (pair names are not shown to other pairs).
 */
export function uniqueName(state: SessionState, name: string, exceptPairId: string | null): string {
  if (!isNameTaken(state, name, exceptPairId)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${[...name].slice(0, LIMITS.pairName - suffix.length).join('').trimEnd()}${suffix}`;
    if (!isNameTaken(state, candidate, exceptPairId)) return candidate;
  }
}
