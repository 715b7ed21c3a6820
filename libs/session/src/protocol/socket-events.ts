import type { Agenda } from '@kindred/content';
import type { CommandInput, CommandType } from './commands';
import type { Rejection } from './errors';
import type { FacilitatorRoomFrame, FacilitatorViewFrame, MemberView, PairView, PublicView } from './views';

export type CommandAck = { ok: true; seq: number } | ({ ok: false } & Rejection);

/** A command on the wire: `commandId` (a UUID) makes a retry after a lost ack apply once. */
export type CommandPayload = CommandInput & { commandId?: string };

export interface ClockSyncReply {
  serverNow: number;
  clientSentAt: number;
}

/**
 * One change's public view and this device's own private view, in one frame: a step
 * change opens or closes every pair's answer box, and two frames per device (the public
 * view, then the pair's own) cost each phone a second wait. Goes only where `view.pair`
 * or `view.member` would go; `public` is exactly what `view.public` carries.
 */
export interface ViewUpdate {
  public: PublicView;
  /** A `view.pair` or a `view.member` (the same shape). */
  own: PairView;
}

export type AudienceKind = 'facilitator' | 'pair' | 'member' | 'projector';

export interface SessionHello {
  protocolVersion: number;
  sessionId: string;
  audience: AudienceKind;
  serverNow: number;
}

export interface SessionEndedNotice {
  sessionId: string;
  endedAt: number;
  seq: number;
}

/**
 * Who did what, for the session's consoles: with co-facilitators, two consoles can be
 * open at once, and each shows the other's moves ("Sam moved to Pair talk").
 * Facilitator commands only; sent to the session's facilitators, never to devices.
 */
export interface FacilitatorActivity {
  /** The session's seq after the command (views with this seq or later include it). */
  seq: number;
  facilitatorId: string;
  displayName: string;
  command: CommandType;
  /** The segment, poll or topic the command was about, when it names one. */
  target: string | null;
  at: number;
}

/**
 * Client → server. The server treats every `command` payload as untrusted and
 * validates it with `parseCommand` whatever this type says.
 */
export interface ClientToServerEvents {
  command: (cmd: CommandPayload, ack: (res: CommandAck) => void) => void;
  'clock.sync': (clientSentAt: number, ack: (reply: ClockSyncReply) => void) => void;
  /** Ask the server to resend the current views to this socket (after a gap in `seq`). */
  'view.request': () => void;
}

/** Server → client. Pair data goes only to that pair's (or member's) room. */
export interface ServerToClientEvents {
  'session.hello': (hello: SessionHello) => void;
  /**
   * The session's agenda, sent once on connect; `script` is blanked for everyone but the
   * facilitator, and `title` is the session's own name rather than its plan's.
   */
  'session.agenda': (agenda: Agenda) => void;
  'view.public': (view: PublicView) => void;
  'view.pair': (view: PairView) => void;
  'view.member': (view: MemberView) => void;
  /** Instead of `view.public` and then `view.pair` or `view.member` when one change alters both. */
  'view.update': (update: ViewUpdate) => void;
  /** The console's whole view: on connect, on request, and when any pair's row changed. */
  'view.facilitator': (view: FacilitatorViewFrame) => void;
  /** The console's view without its pairs, which are those of the last `view.facilitator` with this `rosterId`. */
  'view.facilitatorRoom': (view: FacilitatorRoomFrame) => void;
  'session.ended': (notice: SessionEndedNotice) => void;
  /**
   * This device's credential stopped working (`auth/pair-split`: the pair now uses one
   * phone each; `auth/device-replaced`), just before the server disconnects it. A device
   * that was handed its member credential switches to it and connects again.
   */
  'device.revoked': (notice: Rejection) => void;
  'facilitator.activity': (activity: FacilitatorActivity) => void;
}
