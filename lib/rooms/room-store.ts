import type { RoomEvent } from './room-messages';
import type { RoomRole } from './room-role';
import type { RoomState } from './room-state-schema';

/** One entry of a room's append-only log: `seq` counts from 1 per room, with no gaps. */
export type StoredRoomEvent = { seq: number; at: string; clientMsgId?: string; event: RoomEvent };
/** A room link's secret as stored: only the SHA-256 of the token (lib/rooms/room-token.ts). */
export type RoomTokenRecord = { role: RoomRole; hash: string };
/** What it takes to check a token: the hashes of the room's links and when the room expires. */
export type RoomAccess = { roomId: string; expiresAt: string; tokens: RoomTokenRecord[] };
/** A room as stored: its latest snapshot, the events logged after it, and recent client message ids. */
export type LoadedRoom = {
  snapshot: { seq: number; state: RoomState };
  events: StoredRoomEvent[];
  /** The last client message ids and the seq they produced, oldest first, so a resent message is not applied twice. */
  recentClientMsgIds: { clientMsgId: string; seq: number }[];
};

/** A room's whole history: its first state (seq 0), every event after it, and its latest snapshot (for replay and export). */
export type RoomHistory = {
  initial: RoomState;
  events: StoredRoomEvent[];
  latest: { seq: number; state: RoomState };
};
/** One stored room, as listed for reports across rooms (the agreement report). */
export type RoomSummary = { roomId: string; caseSlug: string; createdAt: string; expiresAt: string; lastSeq: number };

/** Thrown when an append does not continue the room's log (another writer got there first). */
export class RoomLogConflictError extends Error {
  constructor(roomId: string, seq: number) {
    super(`Room ${roomId}: event ${seq} does not follow the stored log.`);
    this.name = 'RoomLogConflictError';
  }
}

/**
 * Where rooms live: SQLite by default (server/storage/sqlite-room-store.ts); another engine (Postgres,
 * issue 16) implements the same interface. Every method is async so a networked store fits; a
 * resolved append is durable (the server acknowledges a message only after it).
 */
export interface RoomStore {
  /** Stores a new room: its first snapshot (seq 0) and its token hashes. */
  createRoom(state: RoomState, tokens: readonly RoomTokenRecord[]): Promise<void>;
  /** The token hashes and expiry of a room, or undefined when there is no such room. */
  getAccess(roomId: string): Promise<RoomAccess | undefined>;
  /** The latest snapshot and the events after it, or undefined when there is no such room. */
  loadRoom(roomId: string, recentClientMsgIds: number): Promise<LoadedRoom | undefined>;
  /**
   * The events after `afterSeq`, in seq order (empty when the log ends there), or undefined when there is
   * no such room: how an app instance catches up with what another instance appended (issue 16).
   */
  loadEventsAfter(roomId: string, afterSeq: number): Promise<StoredRoomEvent[] | undefined>;
  /** Appends events that must continue the log (first seq = last stored + 1), atomically; else RoomLogConflictError. */
  appendEvents(roomId: string, events: readonly StoredRoomEvent[]): Promise<void>;
  /** Records the state after event `seq`, so a load replays only what came after. */
  saveSnapshot(roomId: string, seq: number, state: RoomState): Promise<void>;
  /** The room's first state, whole log and latest snapshot, or undefined when there is no such room. */
  loadHistory(roomId: string): Promise<RoomHistory | undefined>;
  /** Every stored room (expired ones not yet swept included), newest first. */
  listRooms(): Promise<RoomSummary[]>;
  /**
   * Stores a whole room at once (an imported export): the first state as snapshot 0, every event with its
   * own seq (1..n, no gaps, else RoomLogConflictError), the latest snapshot and the token hashes, in one
   * transaction. A room with the same id already stored is a RoomLogConflictError; nothing is written.
   */
  importRoom(history: RoomHistory, tokens: readonly RoomTokenRecord[]): Promise<void>;
  /** Deletes a room and everything in it (tokens, log, snapshots). */
  deleteRoom(roomId: string): Promise<void>;
  /** Deletes every room whose expiry is at or before `now`, with everything in it; returns their ids. */
  deleteExpired(now: Date): Promise<string[]>;
  /** Releases the connection or file; the store cannot be used afterwards. */
  close(): Promise<void>;
}
