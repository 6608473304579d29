import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roomsConfigFromEnv } from '@/server/rooms-runtime';

describe('roomsConfigFromEnv', () => {
  it('defaults to ./data/rooms and 14 days', () => {
    expect(roomsConfigFromEnv({})).toEqual({ dataDir: path.resolve('data/rooms'), ttlDays: 14 });
  });

  it('takes ROOMS_DATA_DIR and ROOM_TTL_DAYS', () => {
    expect(roomsConfigFromEnv({ ROOMS_DATA_DIR: '/srv/rooms', ROOM_TTL_DAYS: '2.5' })).toEqual({ dataDir: '/srv/rooms', ttlDays: 2.5 });
  });

  it.each(['0', '-3', 'two weeks', ''])('refuses ROOM_TTL_DAYS=%j with a clear message', (value) => {
    expect(() => roomsConfigFromEnv({ ROOM_TTL_DAYS: value })).toThrow(/ROOM_TTL_DAYS must be a positive number of days/);
  });
});
