import { z } from 'zod';

/** Who holds a room link: the token decides the role, never the client. */
export const ROOM_ROLES = ['interviewer', 'candidate', 'observer'] as const;
export const roomRoleSchema = z.enum(ROOM_ROLES);
export type RoomRole = z.infer<typeof roomRoleSchema>;
