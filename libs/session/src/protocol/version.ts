/**
 * Bumped on any breaking change to commands, views, events or error codes, so a
 * stale browser tab can tell it must reload rather than misread the server.
 */
export const PROTOCOL_VERSION = 3;
