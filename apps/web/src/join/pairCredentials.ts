import type { MemberRole } from '@kindred/content';

/** What a pair's device keeps to resume after a refresh or a lost connection. */
export interface PairCredentials {
  sessionId: string;
  pairId: string;
  /** This device's credential: the token from joining, or its member's own. */
  pairToken: string;
  /** null: the pair's shared device; a role: that member's own device (as the server said). */
  member: MemberRole | null;
  /**
   * Handed out with a second-phone code: the credential this (shared) device moves to
   * once the new phone is in, when the server says the pair split (`auth/pair-split`).
   */
  pending?: { pairToken: string; member: MemberRole };
  title?: string;
  /** This device's language (`en`, `es`): said at every connect; the two phones of a split pair may differ. */
  language?: string;
  savedAt: number;
}

const STORAGE_KEY = 'kindred.pairs.v1';

type Stored = Record<string, PairCredentials>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // private mode or disabled storage
  }
}

function readAll(): Stored {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

function writeAll(all: Stored): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the device will need the code again after a refresh.
  }
}

export function loadCredentials(sessionId: string): PairCredentials | null {
  return readAll()[sessionId] ?? null;
}

export function saveCredentials(credentials: PairCredentials): void {
  writeAll({ ...readAll(), [credentials.sessionId]: credentials });
}

export function forgetCredentials(sessionId: string): void {
  const all = readAll();
  delete all[sessionId];
  writeAll(all);
}

/** Every session this device joined, newest first (a returning pair's earlier evenings among them). */
export function allCredentials(): PairCredentials[] {
  return Object.values(readAll()).sort((a, b) => b.savedAt - a.savedAt);
}

/** The most recently joined session, to offer "continue" on the start page. */
export function latestCredentials(): PairCredentials | null {
  const all = Object.values(readAll());
  all.sort((a, b) => b.savedAt - a.savedAt);
  return all[0] ?? null;
}

/** Tokens travel in the URL fragment (`#t=...`), which browsers never send to the server. */
export function parseTokenFragment(hash: string): { token: string } | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token ? { token } : null;
}

export function parseDeviceFragment(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('d');
  return code ? normalizeJoinCode(code) : null;
}

/** Phone codes are shown as two groups of four, like "K7M2-QX9P". */
export function formatDeviceCode(code: string): string {
  return code.length === DEVICE_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export const JOIN_CODE_LENGTH = 6;
/** A pair's rejoin code for a later evening of its series (on its handout): between the two. */
export const REJOIN_CODE_LENGTH = 7;
/** A one-time code for a pair's new phone is longer, so /join tells the two apart. */
export const DEVICE_CODE_LENGTH = 8;

/** Join codes are six letters/digits (eight for a new phone); people type them with spaces, dashes and lower case. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, DEVICE_CODE_LENGTH);
}
