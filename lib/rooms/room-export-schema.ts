import { z } from 'zod';
import { roomEventSchema } from './room-messages';
import { MAX_CLIENT_MSG_ID } from './room-limits';
import { roomStateSchema } from './room-state-schema';

const isoDate = z.iso.datetime({ offset: true });

/** The `format` of a room export file: how `grade session` tells it from a session export. */
export const ROOM_EXPORT_FORMAT = 'sdt-room-export';
/** The version this app writes and reads; a newer file is refused with a sentence saying so. */
export const ROOM_EXPORT_VERSION = 1;
/** Events one export may hold: far above a 45-minute interview's few thousand. */
export const MAX_EXPORT_EVENTS = 200_000;
/** Largest export file read, in bytes. */
export const MAX_ROOM_EXPORT_BYTES = 50 * 1024 * 1024;

/** One logged event as exported: its seq (1, 2, ... with no gaps), instant and the event. */
export const storedRoomEventSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: isoDate,
  clientMsgId: z.string().min(1).max(MAX_CLIENT_MSG_ID).optional(),
  event: roomEventSchema,
});

/** A room's whole history (lib/rooms/room-store.ts RoomHistory): first state, every event, latest snapshot. */
export const roomHistorySchema = z.strictObject({
  initial: roomStateSchema,
  events: z.array(storedRoomEventSchema).max(MAX_EXPORT_EVENTS),
  latest: z.strictObject({ seq: z.number().int().min(0), state: roomStateSchema }),
});

/**
 * A room exported as one JSON file (`GET /api/rooms/<id>/export`), read by `rooms import` and `grade
 * session`. Version 1: `{ format: 'sdt-room-export', version: 1, exportedAt, history }`. It holds no
 * token and no token hash: an imported room gets fresh links. Strict at every level of the envelope,
 * so a file carrying anything else (tokens included) is refused rather than silently trimmed.
 */
export const roomExportSchema = z.strictObject({
  format: z.literal(ROOM_EXPORT_FORMAT),
  version: z.literal(ROOM_EXPORT_VERSION),
  exportedAt: isoDate,
  history: roomHistorySchema,
});
export type RoomExport = z.infer<typeof roomExportSchema>;
