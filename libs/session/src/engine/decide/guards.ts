import type { AgendaSegment, SegmentKind } from '@kindred/content';
import type { PairActor } from '../actors';
import type { PairState, SessionState } from '../state';
import { findSegment } from '../agenda-index';
import { mapValues } from '../sharded-map';
import { getPair } from '../queries';
import { reject, type Rejected } from './result';

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

/** Names are compared without case and spacing so "The Bears" and "the bears" can't both join. */
export function isNameTaken(state: SessionState, name: string, exceptPairId: string | null): boolean {
  const wanted = normalizeName(name);
  for (const pair of mapValues(state.pairs)) {
    if (pair.removedAt === null && pair.pairId !== exceptPairId && normalizeName(pair.name) === wanted) return true;
  }
  return false;
}

function normalizeName(name: string): string {
  return name.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
