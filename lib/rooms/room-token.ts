import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random bytes in a token or a room id: 128 bits, as the issue asks (at least 128). */
export const TOKEN_BYTES = 16;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,200}$/;

/**
 * A new secret for a room link: 128 random bits from the OS's CSPRNG, base64url (22 characters).
 * Server-only (node:crypto); the browser never makes tokens.
 */
export function generateRoomToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A room id: also 128 random bits, so ids cannot be guessed either. */
export function generateRoomId(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The SHA-256 of a token, hex: only this is stored, so a leaked database does not open rooms. */
export function hashRoomToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether `token` hashes to `expectedHash`, compared in constant time (no timing oracle on the
 * stored hash). A token of the wrong shape is refused the same way as a wrong one.
 */
export function tokenMatches(token: string, expectedHash: string): boolean {
  const shaped = TOKEN_PATTERN.test(token);
  const actual = Buffer.from(hashRoomToken(shaped ? token : ''), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  if (actual.length !== expected.length) return false;
  return timingSafeEqual(actual, expected) && shaped;
}
