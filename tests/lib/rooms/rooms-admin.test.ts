import { describe, expect, it } from 'vitest';
import { isRoomsAdmin, roomsAdminTokenHash } from '@/lib/rooms/rooms-admin';

describe('the team admin token', () => {
  it('exists only when ROOMS_ADMIN_TOKEN is set to 22+ token characters', () => {
    expect(roomsAdminTokenHash({})).toBeUndefined();
    expect(roomsAdminTokenHash({ ROOMS_ADMIN_TOKEN: '' })).toBeUndefined();
    expect(roomsAdminTokenHash({ ROOMS_ADMIN_TOKEN: 'admin' })).toBeUndefined();
    expect(roomsAdminTokenHash({ ROOMS_ADMIN_TOKEN: 'has spaces in it, 22 chars+' })).toBeUndefined();
    expect(roomsAdminTokenHash({ ROOMS_ADMIN_TOKEN: 'team-admin-token-0123456789' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches only the exact token, and nothing when there is none', () => {
    const hash = roomsAdminTokenHash({ ROOMS_ADMIN_TOKEN: 'team-admin-token-0123456789' });
    expect(isRoomsAdmin('team-admin-token-0123456789', hash)).toBe(true);
    expect(isRoomsAdmin('team-admin-token-012345678', hash)).toBe(false);
    expect(isRoomsAdmin('', hash)).toBe(false);
    expect(isRoomsAdmin('team-admin-token-0123456789', undefined)).toBe(false);
  });
});
