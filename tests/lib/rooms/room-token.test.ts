import { describe, expect, it } from 'vitest';
import { generateRoomId, generateRoomToken, hashRoomToken, tokenMatches } from '@/lib/rooms/room-token';

describe('room tokens', () => {
  it('carries at least 128 random bits as base64url', () => {
    const token = generateRoomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(generateRoomId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('never repeats across many draws', () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => generateRoomToken()));
    expect(tokens.size).toBe(2000);
  });

  it('stores only a SHA-256 hash, not the token', () => {
    const token = generateRoomToken();
    const hash = hashRoomToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    // Known vector: sha256("abc").
    expect(hashRoomToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches the right token and refuses wrong, empty, malformed and truncated ones', () => {
    const token = generateRoomToken();
    const hash = hashRoomToken(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(generateRoomToken(), hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches(token.slice(0, 21), hash)).toBe(false);
    expect(tokenMatches(`${token} `, hash)).toBe(false);
    expect(tokenMatches(token, 'not-hex')).toBe(false);
    expect(tokenMatches('abc', hashRoomToken('abc'))).toBe(false);
  });
});
