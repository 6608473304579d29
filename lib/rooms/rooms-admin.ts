import { hashRoomToken, tokenMatches } from './room-token';

/** What a ROOMS_ADMIN_TOKEN must look like: a room token's alphabet and at least its 128 bits (22 characters). */
export const ADMIN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,200}$/;

/**
 * The SHA-256 of the team's admin token (env ROOMS_ADMIN_TOKEN), or undefined when it is unset or too
 * weak (not 22+ characters of A-Z a-z 0-9 _ -): then the agreement page and API do not exist (404).
 * The admin token opens the agreement report and, as an interviewer would, the replays it links (no
 * other room's, and no export).
 * Server-only (node:crypto).
 */
export function roomsAdminTokenHash(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const token = env.ROOMS_ADMIN_TOKEN;
  return token && ADMIN_TOKEN_PATTERN.test(token) ? hashRoomToken(token) : undefined;
}

/** Whether `token` is the admin token (constant-time on the hashes); false when there is none. */
export function isRoomsAdmin(token: string, adminHash: string | undefined): boolean {
  return adminHash !== undefined && tokenMatches(token, adminHash);
}
