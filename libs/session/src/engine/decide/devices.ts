import type { MemberRole } from '@kindred/content';
import type { CommandOf } from '../../protocol/commands';
import type { PairActor } from '../actors';
import type { PairDevices, PairState, SessionState } from '../state';
import { findSegment } from '../agenda-index';
import { requireActivePair } from './guards';
import { accept, isRejected, reject, type DecideResult, type Rejected } from './result';

export function otherRole(role: MemberRole): MemberRole {
  return role === 'mother' ? 'son' : 'mother';
}

/**
 * Whether `actor` holds one of its pair's current credentials. Checked for every pair
 * command, so a replaced phone, the shared token of a split pair or a member claim
 * without that member's credential can do nothing.
 */
export function currentDeviceRejection(pair: PairState, actor: PairActor): Rejected | null {
  const credential = actor.credential ?? null;
  const devices = pair.devices;
  switch (devices.mode) {
    case 'shared':
      if (actor.member !== null || credential !== devices.credential) return reject('auth/device-replaced');
      return null;
    case 'split':
      if (actor.member === null) return reject('auth/pair-split');
      return devices[actor.member] === credential ? null : reject('auth/device-replaced');
    default: {
      const _exhaustive: never = devices;
      return _exhaustive;
    }
  }
}

/** The credential a member's own phone holds now; null while the pair shares one device. */
export function memberCredential(devices: PairDevices, role: MemberRole): string | null {
  return devices.mode === 'split' ? devices[role] : null;
}

/** The credentials that may act for a pair now (null: the join token). */
export function currentCredentials(devices: PairDevices): (string | null)[] {
  return devices.mode === 'shared' ? [devices.credential] : [devices.mother, devices.son];
}

/** Lets a new device in: splits a shared pair, or replaces the other member's lost phone. */
export function decideDeviceAdd(state: SessionState, command: CommandOf<'devices.add'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const devices = pair.devices;
  switch (devices.mode) {
    case 'shared': {
      if (command.keep === undefined || command.keep === command.credential) return reject('payload/invalid', 'Say which credential the first device keeps (keep).');
      const other = otherRole(command.role);
      const split = { [command.role]: command.credential, [other]: command.keep } as Record<MemberRole, string>;
      return accept({ type: 'PairSplit', pairId: pair.pairId, devices: split, at: now });
    }
    case 'split':
      // Only the other member's phone may hand out a member's place, so nobody takes their own member's view twice.
      if (actor.member === command.role) return reject('devices/own-role');
      if (command.keep !== undefined) return reject('payload/invalid', 'A member\'s phone keeps its own credential.');
      return accept({ type: 'MemberDeviceReplaced', pairId: pair.pairId, role: command.role, credential: command.credential, sealedPolls: pollsRunSince(state, 0), at: now });
    default: {
      const _exhaustive: never = devices;
      return _exhaustive;
    }
  }
}

/**
 * Back to one shared device, only when both members asked on their own devices: a
 * merge can't be one member's way to reveal the other's answer alone. Unrevealed
 * answers stay unreadable on the shared device (it never shows unrevealed text), and
 * polls that ran while split are sealed so their per-member choices stay hidden.
 */
export function decideDeviceMerge(state: SessionState, command: CommandOf<'devices.merge'>, actor: PairActor, now: number): DecideResult {
  const pair = requireActivePair(state, actor);
  if (isRejected(pair)) return pair;
  const devices = pair.devices;
  if (devices.mode !== 'split' || actor.member === null) return reject('devices/not-split');
  const role = actor.member;
  if (!devices.mergeAsked.includes(otherRole(role))) {
    return devices.mergeAsked.includes(role) ? accept() : accept({ type: 'PairMergeAsked', pairId: pair.pairId, role, at: now });
  }
  return accept({ type: 'PairMerged', pairId: pair.pairId, credential: command.credential, sealedPolls: pollsRunSince(state, devices.since), at: now });
}

function pollsRunSince(state: SessionState, since: number): string[] {
  const polls = new Set<string>();
  for (const visit of state.visits) {
    if (visit.endedAt !== null && visit.endedAt < since) continue;
    if (findSegment(state.agenda, visit.segmentId)?.segment.kind === 'poll') polls.add(visit.segmentId);
  }
  return [...polls];
}
