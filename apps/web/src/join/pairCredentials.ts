import type { MemberRole } from '@kindred/content';

/** What a pair's device keeps to resume after a refresh or a lost connection. */
export interface PairCredentials {
  sessionId: string;
  pairId: string;
  pairToken: string;
  /** null: the pair's shared device; a role: that member's own device. */
  member: MemberRole | null;
  title?: string;
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

/** The most recently joined session, to offer "continue" on the start page. */
export function latestCredentials(): PairCredentials | null {
  const all = Object.values(readAll());
  all.sort((a, b) => b.savedAt - a.savedAt);
  return all[0] ?? null;
}

/** Tokens travel in the URL fragment (`#t=...&m=son`), which browsers never send to the server. */
export function parseTokenFragment(hash: string): { token: string; member: MemberRole | null } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('t');
  if (!token) return null;
  const m = params.get('m');
  return { token, member: m === 'mother' || m === 'son' ? m : null };
}

/** Join codes are six letters/digits; people type them with spaces, dashes and lower case. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
}
