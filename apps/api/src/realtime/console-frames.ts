import { createHash } from 'node:crypto';
import type { FacilitatorPairView, FacilitatorRoomFrame, FacilitatorView, FacilitatorViewFrame } from '@kindred/session';
import { withJson } from './wire-encoder';

/**
 * Each pair's console row, digested once. The engine memoizes rows per pair state (a row
 * object is reused until its pair changes), so at 5,000 pairs a step change digests none
 * of them again. Only the digest is kept (16 characters, not the row's JSON): memory per
 * connected device is a budget (docs/benchmarks.md).
 */
const rowDigests = new WeakMap<FacilitatorPairView, string>();

function digestOf(row: FacilitatorPairView): string {
  let digest = rowDigests.get(row);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(row)).digest('base64').slice(0, 16);
    rowDigests.set(row, digest);
  }
  return digest;
}

/** A console view ready to send either way (decision 50), each frame serialized once, on demand. */
export interface ConsoleFrames {
  /** Names the content of `pairs`: equal lists, equal ids, on every process. */
  rosterId: string;
  /** `view.facilitator`: the whole view. */
  full(): FacilitatorViewFrame;
  /** `view.facilitatorRoom`: everything but `pairs`. */
  room(): FacilitatorRoomFrame;
}

/** The engine reuses the list itself while no pair changes (a step, the timer): its id is made once. */
const rosterIds = new WeakMap<readonly FacilitatorPairView[], string>();

function rosterIdOf(pairs: readonly FacilitatorPairView[]): string {
  let id = rosterIds.get(pairs);
  if (id === undefined) {
    // From the rows' digests (cached), not their text: a few hundred µs at 5,000 pairs.
    const hash = createHash('sha256');
    for (const row of pairs) hash.update(digestOf(row));
    id = `${pairs.length}.${hash.digest('base64url').slice(0, 22)}`;
    rosterIds.set(pairs, id);
  }
  return id;
}

export function consoleFrames(view: FacilitatorView): ConsoleFrames {
  const { pairs, ...rest } = view;
  const rosterId = rosterIdOf(pairs);
  return {
    rosterId,
    room() {
      const frame: FacilitatorRoomFrame = { ...rest, rosterId };
      return withJson(frame, JSON.stringify(frame));
    },
    full() {
      const frame: FacilitatorViewFrame = { ...rest, rosterId, pairs };
      // Serialized here rather than by socket.io, which would also walk it all looking for binary.
      return withJson(frame, JSON.stringify(frame));
    },
  };
}
