/**
 * How app instances that share one room store tell each other that a room's log grew (issue 16).
 * A notice is only a hint (`roomId`, `seq` = the last seq now stored): the receiver reads the events
 * themselves from the store, in seq order, so a lost or late notice delays delivery but never
 * reorders or duplicates it. Postgres LISTEN/NOTIFY implements it (server/pg-room-log-notify.ts);
 * a single instance (SQLite) needs none.
 */
export interface RoomLogNotifier {
  /**
   * Tells the other instances that `roomId`'s log now ends at `seq` (or later). Never throws; failures
   * are logged. Absent when the store sends each append's notice itself, inside the append's own
   * transaction (Postgres: PostgresRoomStore.sendLogNotices), so a notice never goes without its events
   * nor the events without their notice.
   */
  publish?(roomId: string, seq: number): void;
  /**
   * Registers what to do with other instances' notices (`appended`) and when notices may have been
   * missed (`resync`: the listening connection was re-established), so every loaded room is re-read.
   * Returns the unsubscribe function.
   */
  subscribe(handlers: RoomLogHandlers): () => void;
  /** Stops listening and publishing. */
  close(): Promise<void>;
}

export type RoomLogHandlers = { appended: (roomId: string, seq: number) => void; resync: () => void };

/** Where a store that sends its own notices sends them: the channel, and the id of this instance (which skips its own). */
export type RoomLogNoticeTarget = { channel: string; from: string };

/**
 * A notice as it travels between instances: the rooms whose logs grew, each with its last seq (the
 * Postgres store sends one room per append); the sender's id lets an instance skip its own.
 */
export type RoomLogNotice = { from: string; rooms: [roomId: string, seq: number][] };

/** Parses a notice's payload; undefined for anything that is not one (another program on the channel). */
export function parseRoomLogNotice(payload: string | undefined): RoomLogNotice | undefined {
  if (!payload) return undefined;
  try {
    const value = JSON.parse(payload) as { from?: unknown; rooms?: unknown } | null;
    if (!value || typeof value.from !== 'string' || !Array.isArray(value.rooms)) return undefined;
    const rooms: [string, number][] = [];
    for (const entry of value.rooms as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 2) return undefined;
      const [roomId, seq] = entry as unknown[];
      if (typeof roomId !== 'string' || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return undefined;
      rooms.push([roomId, seq]);
    }
    return { from: value.from, rooms };
  } catch {
    return undefined;
  }
}
