import type { MemberRole } from '@kindred/content';

/** socket.io rooms. Public data goes to `session`; private data only to a pair's or member's room. */
export const rooms = {
  session: (sessionId: string) => `s:${sessionId}`,
  facilitators: (sessionId: string) => `s:${sessionId}:facilitators`,
  projectors: (sessionId: string) => `s:${sessionId}:projectors`,
  /** One facilitator's consoles of one session, to cut them off when the owner takes them off the team. */
  sessionFacilitator: (sessionId: string, facilitatorId: string) => `s:${sessionId}:facilitator:${facilitatorId}`,
  /** Devices shared by both members of a pair. */
  pair: (sessionId: string, pairId: string) => `s:${sessionId}:pair:${pairId}`,
  /** One member's own device. */
  member: (sessionId: string, pairId: string, role: MemberRole) => `s:${sessionId}:pair:${pairId}:${role}`,
  /** The devices holding one credential (null: the join token), to disconnect them when it stops working. */
  credential: (sessionId: string, pairId: string, credential: string | null) => `s:${sessionId}:cred:${pairId}:${credential ?? 'join'}`,
  /** Every device of a pair, shared or not: for removal and the handout. */
  pairAll: (sessionId: string, pairId: string) => `s:${sessionId}:pairall:${pairId}`,
  /** Every socket of one facilitator sign-in (named by its token's hash), to end them at sign-out. */
  signIn: (tokenHash: Buffer) => `signin:${tokenHash.toString('hex')}`,
};
