/**
 * Every link a phone, a projector or a printed handout follows is built here, from
 * the public origin (`https://kindred.example.org`, no path): the server's
 * `PUBLIC_URL`, or else the address the facilitator's own browser used. Tokens ride
 * in the fragment, which browsers never send to a server or its logs.
 */
export interface PublicAddress {
  /** `PUBLIC_URL` when set, normalized to an origin; null when not configured. */
  publicUrl: string | null;
  /** Where this server can be reached on the local network (`http://192.168.1.20:3000`), LAN first. */
  lanUrls: string[];
}

export class PublicUrlError extends Error {}

/** `PUBLIC_URL` as an origin (scheme, host, port); a path, query or fragment would break every link. */
export function normalizePublicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PublicUrlError(`PUBLIC_URL must be a full address such as https://kindred.example.org, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PublicUrlError(`PUBLIC_URL must start with http:// or https://, got "${raw}"`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new PublicUrlError(`PUBLIC_URL must be only the scheme, host and port (no path), got "${raw}"`);
  }
  return url.origin;
}

/** Hosts only this computer can open: a phone following a link to one gets nothing. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

const trimOrigin = (origin: string) => origin.replace(/\/+$/, '');
const enc = encodeURIComponent;

function fragment(params: Record<string, string | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) search.set(key, value);
  return search.toString();
}

/** The join page, with the code filled in when given. */
export function joinLink(origin: string, code?: string): string {
  return code ? `${trimOrigin(origin)}/join/${enc(code)}` : `${trimOrigin(origin)}/join`;
}

/** What people type: `kindred.example.org/join`, without the scheme. */
export function joinLinkForDisplay(origin: string): string {
  return joinLink(origin).replace(/^https?:\/\//, '');
}

/**
 * The link a pair's new phone opens: /join with the one-time phone code in the
 * fragment (never sent to a server, so never in a log). Typing the code at /join
 * does the same.
 */
export function deviceJoinLink(origin: string, code: string): string {
  return `${joinLink(origin)}#${fragment({ d: code })}`;
}

/** A pair's handout page; without a token it opens for the signed-in facilitator. */
export function handoutLink(origin: string, pairId: string, pairToken: string | null = null): string {
  const base = `${trimOrigin(origin)}/handout/${enc(pairId)}`;
  return pairToken === null ? base : `${base}#${fragment({ t: pairToken })}`;
}

/** The projector's page for a session. */
export function projectorLink(origin: string, sessionId: string, projectorToken: string): string {
  return `${trimOrigin(origin)}/screen/${enc(sessionId)}#${fragment({ t: projectorToken })}`;
}

/** A one-time invite for a colleague to co-facilitate a session. */
export function inviteLink(origin: string, inviteToken: string): string {
  return `${trimOrigin(origin)}/invite#${fragment({ t: inviteToken })}`;
}

/** The single-use "choose a new password" link a reset email carries. */
export function passwordResetLink(origin: string, resetToken: string): string {
  return `${trimOrigin(origin)}/reset-password#${fragment({ t: resetToken })}`;
}
