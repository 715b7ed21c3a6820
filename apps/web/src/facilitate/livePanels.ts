/**
 * What the live console shows once the socket's first view is in: the lobby (join code,
 * QR code, pairs) and the running session (run of show, its controls, the topic note).
 * One module, so one chunk that SessionPage starts fetching beside the handshake.
 */
export { default as LobbyPanel } from './LobbyPanel.vue';
export { default as RunOfShow } from './RunOfShow.vue';
export { default as TopicNote } from './TopicNote.vue';
