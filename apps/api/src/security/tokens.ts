import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random bearer token: 32 bytes (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256; a stolen table can't be replayed. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function newSecret(): Buffer {
  return randomBytes(32);
}

/**
 * The keyed hash that stands for a voter in a ballot (`material` from the engine's
 * voterKeyMaterial): stable for one voter and poll, so a retried vote replaces itself,
 * and unlinkable to the pair once the session's secret is destroyed.
 */
export function hmacVoterKey(secret: Buffer, material: string): string {
  return createHmac('sha256', secret).update(material, 'utf8').digest('base64url');
}

export function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads one cookie from a raw Cookie header (socket.io handshakes have no cookie parser). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
