/*
 * The English error texts (`errors.<code>`, see en.ts for the rules of the text). They
 * load with useErrorText.ts, which merges them into the i18n the first time a screen
 * needs an error's text, so they are not part of the phone's first download. Other
 * languages keep theirs in their phone part (es.ts), fetched on demand anyway. The
 * connection banner's `errors.server/unavailable` stays in en.ts.
 */
const enErrors = {
  generic: 'Something went wrong. Please try again.',
  'client/offline': 'Can’t reach the server. Check your Wi‑Fi or data and try again.',
  'client/timeout': 'The server took too long to answer. Please try again.',
  'client/bad-response': 'The server sent an answer we couldn’t read. Please try again.',
  'auth/invalid-credentials': 'That email and password don’t match. Please try again.',
  'auth/signed-out': 'Please sign in.',
  'auth/email-taken': 'There is already an account with that email. Try signing in.',
  'auth/unauthenticated': 'Please sign in or join the session again.',
  'auth/forbidden': 'You are not allowed to do that.',
  'auth/unknown-pair': 'This device is not part of the session. Please join again.',
  'auth/pair-removed': 'The facilitator removed your pair from the session.',
  'auth/pair-split': 'Your pair now uses one phone each, so this phone’s shared access has stopped. Use your own phone, or ask the other phone for a new code: “Phones”, then “Replace a lost phone”.',
  'auth/pair-merged': 'Your pair went back to one shared phone. Carry on on that phone.',
  'auth/device-replaced': 'Another phone took this phone’s place in your pair. If that was a mistake, ask your pair’s other phone for a new code.',
  'devices/code-unknown': 'That phone code doesn’t work (any more). Ask for a new one on your pair’s phone.',
  'devices/own-role': 'A phone can only let in the other member’s new phone.',
  'devices/not-split': 'Your pair already uses one shared phone.',
  'join/code-unknown': 'We can’t find a workshop with that code. Check the code on the big screen.',
  'join/rate-limited': 'Too many tries. Please wait a minute, then try again.',
  'join/room-locked': 'The room is closed to new pairs. Ask the facilitator to open it.',
  'join/session-ended': 'This workshop has already ended.',
  'join/name-taken': 'Another pair already has that name. Please pick a different one.',
  'join/session-full': 'This workshop has as many pairs as it can take. Ask the facilitator.',
  'auth/too-many-connections': 'This is already open on too many screens. Close one of them, then reload this page.',
  'request/cross-site': 'This request came from another web site and was refused. Open Kindred from its own address.',
  'join/pair-removed': 'The facilitator removed your pair from this workshop. Ask them to let you back in.',
  'protocol/version-mismatch': 'This page is out of date. Please reload it.',
  'session/not-found': 'This session does not exist.',
  'session/poll-closed': 'Voting has closed for this poll.',
  'session/step-ended': 'The facilitator has ended this step.',
  'session/reveal-not-ready': 'Wait until you have both answered.',
  'session/segment-not-current': 'The workshop has moved on to the next step.',
  'server/error': 'Something went wrong on the server. Please try again.',
  'server/conflict': 'Someone else changed the session at the same moment. Please try again.',
  'request/rate-limited': 'Too many requests. Please wait a moment.',
};

export default enErrors;
