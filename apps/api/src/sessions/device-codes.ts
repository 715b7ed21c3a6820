import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from './join-code';

/**
 * One-time codes that let a pair's new phone in: longer than a session's join code
 * (so /join tells them apart by length), same unambiguous alphabet. 31^8 ≈ 8.5·10^11,
 * valid for DEVICE_CODE_TTL_MS and once, and failed tries are braked per address.
 */
export const DEVICE_CODE_LENGTH = 8;
export const DEVICE_CODE_TTL_MS = 15 * 60_000;

export function generateDeviceCode(): string {
  let code = '';
  for (let i = 0; i < DEVICE_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Uppercases and drops spaces and dashes; null when it can't be a phone code. */
export function normalizeDeviceCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== DEVICE_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
