/**
 * Stable error codes the clients switch on. Messages are defaults a client may show
 * as-is; the codes never change meaning once shipped. Codes marked (transport) are
 * produced by the API, not the engine, and live here so both sides share one list.
 */
export const ERROR_MESSAGES = {
  'auth/unauthenticated': 'Please sign in or join the session again.', // (transport)
  'auth/forbidden': 'You are not allowed to do that.',
  'auth/unknown-pair': 'This device is not part of the session. Please join again.',
  'auth/pair-removed': 'The facilitator removed this pair from the session.',
  'auth/too-many-connections': 'This link is already open on too many screens. Close one of them and try again.', // (transport)
  'auth/pair-split': 'This pair now uses one phone each, so this shared access no longer works. Use your own phone, or ask the other phone for a new code (Phones, then "Replace a lost phone").',
  'auth/pair-merged': 'This pair went back to one shared phone: carry on on that one.',
  'auth/device-replaced': 'This phone no longer belongs to the pair: another phone took its place. Ask the pair\'s phone for a new code if you need it back.',

  'payload/invalid': 'That request was not understood.',
  'payload/unknown-command': 'That command does not exist.',
  'payload/too-large': 'That message is too large.', // (transport)

  'request/rate-limited': 'Too many requests. Please wait a moment.', // (transport)
  'request/cross-site': 'This request came from another web site and was refused.', // (transport)
  'server/conflict': 'Someone else changed the session at the same moment. Please try again.', // (transport)
  'server/error': 'Something went wrong on the server. Please try again.', // (transport)
  // Retryable: the database is away or the process is stopping. The command may or may not
  // be saved; the client retries it with the same commandId, which applies it once.
  'server/unavailable': "Saving paused, we'll retry.", // (transport)
  'protocol/version-mismatch': 'This page is out of date. Please reload it.', // (transport)

  'join/code-unknown': 'There is no session with that code. Check the code on the screen.', // (transport)
  'join/rate-limited': 'Too many tries. Please wait a minute and try again.', // (transport)
  'join/room-locked': 'The room is closed to new pairs. Ask the facilitator.',
  'join/session-ended': 'This session has ended.',
  'join/already-joined': 'This pair has already joined.',
  // No longer produced: a clashing name is made unique ("Night Owls 2") so a clash reveals nothing.
  'join/name-taken': 'Another pair already uses that name. Please choose another.',
  'join/session-full': 'This session has as many pairs as it can take. Ask the facilitator.', // (transport)
  'join/pair-removed': 'The facilitator removed your pair from this session. Ask them to let you back in.', // (transport)

  'session/not-found': 'This session does not exist.', // (transport)
  'session/invalid-agenda': 'The agenda has no segments or repeats a segment id.',
  'session/wrong-phase': 'That is not possible at this point of the session.',
  'session/ended': 'This session has ended.',
  'session/unknown-segment': 'There is no such step in this session.',
  'session/segment-not-current': 'That step is not the current one any more.',
  'session/segment-not-visited': 'The session has not reached that step yet.',
  'session/wrong-segment-kind': 'That does not fit this kind of step.',
  'session/unknown-pair': 'There is no such pair in this session.',

  'session/answer-invalid': 'That answer does not fit the question.',
  'session/answer-already-revealed': 'Your answers are already revealed.',
  'session/step-ended': 'The facilitator has ended this step.',
  'session/reveal-not-ready': 'Wait until both of you have answered.',
  'session/nothing-to-reveal': 'There is nothing to reveal yet.',
  'devices/not-split': 'This pair uses one shared phone already.',
  'devices/own-role': 'A phone can only let in the other member\'s new phone.',
  'devices/code-unknown': 'That phone code is not valid any more. Ask for a new one on the pair\'s phone.', // (transport)

  'session/poll-closed': 'This poll is not open for votes.',
  'session/poll-never-opened': 'This poll has not been opened yet.',
  'session/poll-already-revealed': 'This poll has already been revealed.',
  'session/poll-cannot-reopen': 'A closed poll cannot be opened again, so nobody can compare results before and after.',
  'session/poll-invalid-choice': 'That vote does not fit this poll.',
  'session/poll-unknown-answer': 'There is no such answer in this poll.',
  'session/voter-key-missing': 'The vote could not be recorded. Please try again.',

  'timer/not-running': 'The timer is not running.',
  'timer/not-paused': 'The timer is not paused.',
  'timer/already-started': 'The timer has already been started. Reset it first.',
  'timer/not-due': 'The timer has not run out yet.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** Why a command was refused. */
export interface Rejection {
  code: ErrorCode;
  message: string;
}

export function rejection(code: ErrorCode, message: string = ERROR_MESSAGES[code]): Rejection {
  return { code, message };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
