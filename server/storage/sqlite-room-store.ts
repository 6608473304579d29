import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import { roomEventSchema } from '../../lib/rooms/room-messages';
import { roomStateSchema } from '../../lib/rooms/room-state-schema';
import type { RoomState } from '../../lib/rooms/room-state-schema';
import { roomRoleSchema } from '../../lib/rooms/room-role';
import { RoomLogConflictError } from '../../lib/rooms/room-store';
import type { LoadedRoom, RoomAccess, RoomHistory, RoomStore, RoomSummary, RoomTokenRecord, StoredRoomEvent } from '../../lib/rooms/room-store';
import { runSqliteMigrations } from './sqlite-migrations';

/** The database file inside the data folder. */
export const SQLITE_FILE_NAME = 'rooms.sqlite';
/** Snapshots kept per room besides the first (seq 0, kept for replay); older ones are deleted when a new one is written (the log is kept whole). */
const SNAPSHOTS_KEPT = 2;

type EventRow = { seq: number; at: string; client_msg_id: string | null; body: string };

/**
 * Rooms in one SQLite file (better-sqlite3 12) in `dataDir`, created if missing. WAL journal with
 * synchronous=NORMAL: a committed append survives the process being killed (the test kills and
 * reopens), though not a power cut of the machine. Migrations run on open.
 */
export class SqliteRoomStore implements RoomStore {
  private readonly db: Database;
  private readonly statements: Record<string, Statement>;
  private readonly batch: { roomId: string; events: readonly StoredRoomEvent[]; resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new BetterSqlite3(path.join(dataDir, SQLITE_FILE_NAME));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    runSqliteMigrations(this.db);
    this.statements = {
      insertRoom: this.db.prepare('INSERT INTO rooms (id, case_slug, created_at, expires_at, last_seq) VALUES (?, ?, ?, ?, 0)'),
      insertToken: this.db.prepare('INSERT INTO room_tokens (room_id, role, token_hash) VALUES (?, ?, ?)'),
      insertSnapshot: this.db.prepare('INSERT OR REPLACE INTO room_snapshots (room_id, seq, taken_at, state) VALUES (?, ?, ?, ?)'),
      pruneSnapshots: this.db.prepare('DELETE FROM room_snapshots WHERE room_id = ? AND seq > 0 AND seq NOT IN (SELECT seq FROM room_snapshots WHERE room_id = ? ORDER BY seq DESC LIMIT ?)'),
      room: this.db.prepare('SELECT id, expires_at, last_seq FROM rooms WHERE id = ?'),
      tokens: this.db.prepare('SELECT role, token_hash FROM room_tokens WHERE room_id = ? ORDER BY role'),
      latestSnapshot: this.db.prepare('SELECT seq, state FROM room_snapshots WHERE room_id = ? ORDER BY seq DESC LIMIT 1'),
      eventsAfter: this.db.prepare('SELECT seq, at, client_msg_id, body FROM room_events WHERE room_id = ? AND seq > ? ORDER BY seq'),
      recentIds: this.db.prepare('SELECT client_msg_id, seq FROM room_events WHERE room_id = ? AND client_msg_id IS NOT NULL ORDER BY seq DESC LIMIT ?'),
      insertEvent: this.db.prepare('INSERT INTO room_events (room_id, seq, at, client_msg_id, type, body) VALUES (?, ?, ?, ?, ?, ?)'),
      advance: this.db.prepare('UPDATE rooms SET last_seq = ? WHERE id = ? AND last_seq = ?'),
      deleteRoom: this.db.prepare('DELETE FROM rooms WHERE id = ?'),
      // By instant (julianday reads any ISO 8601 offset), using the index of migration 002.
      expired: this.db.prepare('SELECT id FROM rooms WHERE julianday(expires_at) <= julianday(?) ORDER BY julianday(expires_at), id'),
      firstSnapshot: this.db.prepare('SELECT state FROM room_snapshots WHERE room_id = ? AND seq = 0'),
      listRooms: this.db.prepare('SELECT id, case_slug, created_at, expires_at, last_seq FROM rooms ORDER BY julianday(created_at) DESC, id'),
    };
  }

  async createRoom(state: RoomState, tokens: readonly RoomTokenRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertRoom!.run(state.id, state.caseSlug, state.createdAt, state.expiresAt);
      for (const token of tokens) this.statements.insertToken!.run(state.id, token.role, token.hash);
      this.statements.insertSnapshot!.run(state.id, 0, state.createdAt, JSON.stringify(state));
    })();
  }

  async getAccess(roomId: string): Promise<RoomAccess | undefined> {
    const room = this.statements.room!.get(roomId) as { id: string; expires_at: string } | undefined;
    if (!room) return undefined;
    const rows = this.statements.tokens!.all(roomId) as { role: string; token_hash: string }[];
    return { roomId, expiresAt: room.expires_at, tokens: rows.map((row) => ({ role: roomRoleSchema.parse(row.role), hash: row.token_hash })) };
  }

  async loadRoom(roomId: string, recentClientMsgIds: number): Promise<LoadedRoom | undefined> {
    return this.db.transaction(() => {
      const snapshot = this.statements.latestSnapshot!.get(roomId) as { seq: number; state: string } | undefined;
      if (!snapshot) return undefined;
      const rows = this.statements.eventsAfter!.all(roomId, snapshot.seq) as EventRow[];
      const recent = (this.statements.recentIds!.all(roomId, recentClientMsgIds) as { client_msg_id: string; seq: number }[]).reverse();
      return {
        snapshot: { seq: snapshot.seq, state: roomStateSchema.parse(JSON.parse(snapshot.state)) },
        events: rows.map(toStoredEvent),
        recentClientMsgIds: recent.map((row) => ({ clientMsgId: row.client_msg_id, seq: row.seq })),
      };
    })();
  }

  async loadEventsAfter(roomId: string, afterSeq: number): Promise<StoredRoomEvent[] | undefined> {
    return this.db.transaction(() => {
      if (!this.statements.room!.get(roomId)) return undefined;
      return (this.statements.eventsAfter!.all(roomId, afterSeq) as EventRow[]).map(toStoredEvent);
    })();
  }

  /**
   * Appends are grouped: every append asked for in the same turn of the event loop is written in one
   * transaction (one commit for many rooms' edits), each in its own savepoint so a conflict refuses
   * that append alone. Each promise resolves only after the commit.
   */
  appendEvents(roomId: string, events: readonly StoredRoomEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.batch.push({ roomId, events, resolve, reject });
      if (this.batch.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.batch.splice(0);
    if (batch.length === 0) return;
    const outcomes: (Error | undefined)[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            this.appendOne(item.roomId, item.events);
            outcomes.push(undefined);
          } catch (error) {
            outcomes.push(error instanceof Error ? error : new Error(String(error)));
          }
        }
      })();
    } catch (error) {
      for (const item of batch) item.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome) item.reject(outcome);
      else item.resolve();
    });
  }

  /** One room's append, in a savepoint of the batch's transaction (better-sqlite3 nests transactions as savepoints). */
  private appendOne(roomId: string, events: readonly StoredRoomEvent[]): void {
    this.db.transaction(() => {
      const room = this.statements.room!.get(roomId) as { last_seq: number } | undefined;
      const first = events[0]!.seq;
      if (!room || room.last_seq !== first - 1) throw new RoomLogConflictError(roomId, first);
      events.forEach((stored, offset) => {
        if (stored.seq !== first + offset) throw new RoomLogConflictError(roomId, stored.seq);
        this.statements.insertEvent!.run(roomId, stored.seq, stored.at, stored.clientMsgId ?? null, stored.event.type, JSON.stringify(stored.event));
      });
      this.statements.advance!.run(first + events.length - 1, roomId, room.last_seq);
    })();
  }

  async saveSnapshot(roomId: string, seq: number, state: RoomState): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertSnapshot!.run(roomId, seq, new Date().toISOString(), JSON.stringify(state));
      this.statements.pruneSnapshots!.run(roomId, roomId, SNAPSHOTS_KEPT);
    })();
  }

  async loadHistory(roomId: string): Promise<RoomHistory | undefined> {
    return this.db.transaction(() => {
      const first = this.statements.firstSnapshot!.get(roomId) as { state: string } | undefined;
      const latest = this.statements.latestSnapshot!.get(roomId) as { seq: number; state: string } | undefined;
      if (!first || !latest) return undefined;
      const rows = this.statements.eventsAfter!.all(roomId, 0) as EventRow[];
      return {
        initial: roomStateSchema.parse(JSON.parse(first.state)),
        events: rows.map(toStoredEvent),
        latest: { seq: latest.seq, state: roomStateSchema.parse(JSON.parse(latest.state)) },
      };
    })();
  }

  async listRooms(): Promise<RoomSummary[]> {
    const rows = this.statements.listRooms!.all() as { id: string; case_slug: string; created_at: string; expires_at: string; last_seq: number }[];
    return rows.map((row) => ({ roomId: row.id, caseSlug: row.case_slug, createdAt: row.created_at, expiresAt: row.expires_at, lastSeq: row.last_seq }));
  }

  async importRoom(history: RoomHistory, tokens: readonly RoomTokenRecord[]): Promise<void> {
    const { initial } = history;
    this.db.transaction(() => {
      if (this.statements.room!.get(initial.id)) throw new RoomLogConflictError(initial.id, 0);
      this.statements.insertRoom!.run(initial.id, initial.caseSlug, initial.createdAt, initial.expiresAt);
      for (const token of tokens) this.statements.insertToken!.run(initial.id, token.role, token.hash);
      this.statements.insertSnapshot!.run(initial.id, 0, initial.createdAt, JSON.stringify(initial));
      if (history.events.length > 0) this.appendOne(initial.id, history.events);
      if (history.latest.seq > 0) {
        if (history.latest.seq > history.events.length) throw new RoomLogConflictError(initial.id, history.latest.seq);
        this.statements.insertSnapshot!.run(initial.id, history.latest.seq, new Date().toISOString(), JSON.stringify(history.latest.state));
      }
    })();
  }

  async deleteRoom(roomId: string): Promise<void> {
    this.statements.deleteRoom!.run(roomId);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    return this.db.transaction(() => {
      const ids = this.statements.expired!.pluck().all(now.toISOString()) as string[];
      for (const id of ids) this.statements.deleteRoom!.run(id);
      return ids;
    })();
  }

  async close(): Promise<void> {
    if (this.batch.length > 0) this.flush();
    if (this.db.open) this.db.close();
  }
}

/** A stored event row as the log's entry (body parsed and checked against the event schema). */
function toStoredEvent(row: EventRow): StoredRoomEvent {
  const stored: StoredRoomEvent = { seq: row.seq, at: row.at, event: roomEventSchema.parse(JSON.parse(row.body)) };
  if (row.client_msg_id !== null) stored.clientMsgId = row.client_msg_id;
  return stored;
}
