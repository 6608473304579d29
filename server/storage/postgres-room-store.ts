import pg from 'pg';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { roomEventSchema } from '../../lib/rooms/room-messages';
import { roomStateSchema } from '../../lib/rooms/room-state-schema';
import type { RoomState } from '../../lib/rooms/room-state-schema';
import { roomRoleSchema } from '../../lib/rooms/room-role';
import { RoomLogConflictError } from '../../lib/rooms/room-store';
import type { LoadedRoom, RoomAccess, RoomHistory, RoomStore, RoomSummary, RoomTokenRecord, StoredRoomEvent } from '../../lib/rooms/room-store';
import type { RoomLogNotice, RoomLogNoticeTarget } from '../room-log-notify';
import { runPostgresMigrations } from './postgres-migrations';
import { describeConnectError, redactDatabaseUrl } from './postgres-url';

/** Snapshots kept per room besides the first (seq 0, kept for replay), as in the SQLite store. */
const SNAPSHOTS_KEPT = 2;
/** How long opening a connection may take before the store gives up (an unreachable host would hang otherwise). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Postgres' code for a unique violation (a seq or room id already stored). */
const UNIQUE_VIOLATION = '23505';

type EventRow = { seq: number; at: string; client_msg_id: string | null; body: unknown };

/** Options of PostgresRoomStore.open: the pool's size and where to report a broken idle connection. */
export type PostgresRoomStoreOptions = { maxConnections?: number; log?: (line: string) => void };

/**
 * Rooms in PostgreSQL (node-postgres Pool), with the same semantics as SqliteRoomStore so several app
 * instances can share them. Each room's log is ordered by the database: an append is one statement that
 * advances `rooms.last_seq` from the seq it expects (locking the room's row) and inserts the events only
 * if it did, so two writers never interleave a room's log and the stale one gets RoomLogConflictError.
 * A resolved append is committed (with the server's default synchronous_commit, durable).
 */
export class PostgresRoomStore implements RoomStore {
  private closed = false;
  /** Where each append also sends its log notice, once sendLogNotices set it (several app instances). */
  private notices: RoomLogNoticeTarget | undefined;

  private constructor(
    /** The store's pool, for wiring that shares its connections (e.g. LISTEN/NOTIFY between instances). */
    readonly pool: Pool,
  ) {}

  /**
   * Connects to `url` (a postgres:// URL), checks the server answers, runs the migrations (under an
   * advisory lock) and returns the store. Errors: one line naming the URL without its password and why.
   */
  static async open(url: string, options: PostgresRoomStoreOptions = {}): Promise<PostgresRoomStore> {
    // application_name names the app's connections in pg_stat_activity (a URL's own application_name wins).
    const config: PoolConfig = { application_name: 'system-design-trainer-rooms', connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
    const pool = new pg.Pool(config);
    // An idle connection the server drops (restart, failover) must not crash the process; the next query reconnects.
    pool.on('error', (error) => options.log?.(`rooms: a Postgres connection failed: ${describeConnectError(error)}`));
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new Error(`Cannot reach the rooms database ${redactDatabaseUrl(url)}: ${describeConnectError(error)}`);
    }
    try {
      await runPostgresMigrations(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new Error(`Cannot prepare the rooms database ${redactDatabaseUrl(url)}: ${describeConnectError(error)}`);
    }
    return new PostgresRoomStore(pool);
  }

  async createRoom(state: RoomState, tokens: readonly RoomTokenRecord[]): Promise<void> {
    await this.transaction(async (client) => {
      if (!(await insertRoom(client, state))) throw new Error(`Room ${state.id} is already stored.`);
      await insertTokens(client, state.id, tokens);
      await upsertSnapshot(client, state.id, 0, state.createdAt, state);
    });
  }

  async getAccess(roomId: string): Promise<RoomAccess | undefined> {
    const { rows } = await this.pool.query<{ expires_at: string; role: string | null; token_hash: string | null }>(
      'SELECT r.expires_at, t.role, t.token_hash FROM rooms r LEFT JOIN room_tokens t ON t.room_id = r.id WHERE r.id = $1 ORDER BY t.role COLLATE "C"',
      [roomId],
    );
    const first = rows[0];
    if (!first) return undefined;
    const tokens = rows.filter((row) => row.role !== null && row.token_hash !== null).map((row) => ({ role: roomRoleSchema.parse(row.role), hash: row.token_hash! }));
    return { roomId, expiresAt: first.expires_at, tokens };
  }

  async loadRoom(roomId: string, recentClientMsgIds: number): Promise<LoadedRoom | undefined> {
    return this.snapshotRead(async (client) => {
      const snapshot = await latestSnapshot(client, roomId);
      if (!snapshot) return undefined;
      const events = await eventsAfter(client, roomId, snapshot.seq);
      const recent = await client.query<{ client_msg_id: string; seq: number }>(
        'SELECT client_msg_id, seq FROM room_events WHERE room_id = $1 AND client_msg_id IS NOT NULL ORDER BY seq DESC LIMIT $2',
        [roomId, Math.max(0, Math.floor(recentClientMsgIds))],
      );
      return {
        snapshot,
        events,
        recentClientMsgIds: recent.rows.reverse().map((row) => ({ clientMsgId: row.client_msg_id, seq: row.seq })),
      };
    });
  }

  async loadEventsAfter(roomId: string, afterSeq: number): Promise<StoredRoomEvent[] | undefined> {
    // One statement (one consistent read, one round trip): the room row, joined to its events after afterSeq if any.
    const { rows } = await this.pool.query<{ room_id: string; seq: number | null; at: string; client_msg_id: string | null; body: unknown }>(
      'SELECT r.id AS room_id, e.seq, e.at, e.client_msg_id, e.body FROM rooms r LEFT JOIN room_events e ON e.room_id = r.id AND e.seq > $2 WHERE r.id = $1 ORDER BY e.seq',
      [roomId, afterSeq],
    );
    if (rows.length === 0) return undefined;
    return rows.filter((row) => row.seq !== null).map((row) => toStoredEvent(row as EventRow));
  }

  async appendEvents(roomId: string, events: readonly StoredRoomEvent[]): Promise<void> {
    if (events.length === 0) return;
    await appendChecked(this.pool, roomId, events, this.notices);
  }

  /**
   * From now on (until called with undefined) each appendEvents also sends the room log notice
   * `{ from, rooms: [[roomId, last seq]] }` on `target.channel`, with pg_notify inside the append's own
   * statement: Postgres delivers it when the events commit, and never for an append that failed or
   * conflicted (server/room-log-notify.ts). An import sends none (no other instance has that room).
   */
  sendLogNotices(target: RoomLogNoticeTarget | undefined): void {
    this.notices = target;
  }

  async saveSnapshot(roomId: string, seq: number, state: RoomState): Promise<void> {
    await this.transaction(async (client) => {
      await upsertSnapshot(client, roomId, seq, new Date().toISOString(), state);
      await client.query(
        'DELETE FROM room_snapshots WHERE room_id = $1 AND seq > 0 AND seq NOT IN (SELECT seq FROM room_snapshots WHERE room_id = $1 ORDER BY seq DESC LIMIT $2)',
        [roomId, SNAPSHOTS_KEPT],
      );
    });
  }

  async loadHistory(roomId: string): Promise<RoomHistory | undefined> {
    return this.snapshotRead(async (client) => {
      const first = await client.query<{ state: unknown }>('SELECT state FROM room_snapshots WHERE room_id = $1 AND seq = 0', [roomId]);
      const latest = await latestSnapshot(client, roomId);
      if (!first.rows[0] || !latest) return undefined;
      return { initial: roomStateSchema.parse(first.rows[0].state), events: await eventsAfter(client, roomId, 0), latest };
    });
  }

  async listRooms(): Promise<RoomSummary[]> {
    const { rows } = await this.pool.query<{ id: string; case_slug: string; created_at: string; expires_at: string; last_seq: number }>(
      // Newest first by instant: a creation time written with an offset sorts where it happened.
      'SELECT id, case_slug, created_at, expires_at, last_seq FROM rooms ORDER BY created_at::timestamptz DESC, id COLLATE "C"',
    );
    return rows.map((row) => ({ roomId: row.id, caseSlug: row.case_slug, createdAt: row.created_at, expiresAt: row.expires_at, lastSeq: row.last_seq }));
  }

  async importRoom(history: RoomHistory, tokens: readonly RoomTokenRecord[]): Promise<void> {
    const { initial } = history;
    await this.transaction(async (client) => {
      if (!(await insertRoom(client, initial))) throw new RoomLogConflictError(initial.id, 0);
      await insertTokens(client, initial.id, tokens);
      await upsertSnapshot(client, initial.id, 0, initial.createdAt, initial);
      if (history.events.length > 0) await appendChecked(client, initial.id, history.events);
      if (history.latest.seq > 0) {
        if (history.latest.seq > history.events.length) throw new RoomLogConflictError(initial.id, history.latest.seq);
        await upsertSnapshot(client, initial.id, history.latest.seq, new Date().toISOString(), history.latest.state);
      }
    });
  }

  async deleteRoom(roomId: string): Promise<void> {
    await this.pool.query('DELETE FROM rooms WHERE id = $1', [roomId]);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      'WITH gone AS (DELETE FROM rooms WHERE expires_instant <= $1 RETURNING id, expires_instant) SELECT id FROM gone ORDER BY expires_instant, id COLLATE "C"',
      [now.toISOString()],
    );
    return rows.map((row) => row.id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs `work` in a transaction on one connection: committed if it resolves, rolled back if it throws. */
  private async transaction<T>(work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = await client.query('ROLLBACK').then(() => false, () => true);
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Reads in one consistent snapshot of the database (a concurrent append is seen whole or not at all). */
  private snapshotRead<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.transaction(work, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }
}

/** Something that runs a query: the pool (a statement on its own is a transaction) or a transaction's client. */
type Queryable = Pick<Pool, 'query'> | PoolClient;

/** The append's statement: advance last_seq, insert the events only if it advanced, and (with $9) notify in the same statement. */
const APPEND_SQL = `WITH advanced AS (UPDATE rooms SET last_seq = $3 WHERE id = $1 AND last_seq = $2 RETURNING id),
  inserted AS (
    INSERT INTO room_events (room_id, seq, at, client_msg_id, type, body)
    SELECT advanced.id, e.seq, e.at, e.client_msg_id, e.type, e.body
    FROM advanced, unnest($4::integer[], $5::text[], $6::text[], $7::text[], $8::json[]) AS e (seq, at, client_msg_id, type, body)
    RETURNING seq
  ),
  -- pg_notify is volatile, so this CTE is never folded away: it runs once per advanced row (0 or 1).
  notified AS (SELECT pg_notify($9::text, $10::text) FROM advanced WHERE $9::text IS NOT NULL)
SELECT (SELECT count(*) FROM inserted)::int AS appended, (SELECT count(*) FROM notified)::int AS notices`;

/**
 * Appends `events` to the room's log if they continue it: one statement that moves `rooms.last_seq` from
 * first-1 to the last seq (the UPDATE locks the row, so a concurrent writer waits, then finds last_seq
 * moved and updates nothing) and inserts the events only when that row was updated. Anything else is
 * a RoomLogConflictError and writes nothing. With `notices`, the same statement sends the room's log
 * notice (pg_notify is transactional: delivered at commit, dropped on rollback, never sent on a conflict).
 */
async function appendChecked(db: Queryable, roomId: string, events: readonly StoredRoomEvent[], notices?: RoomLogNoticeTarget): Promise<void> {
  const first = events[0]!.seq;
  events.forEach((stored, offset) => {
    if (stored.seq !== first + offset) throw new RoomLogConflictError(roomId, stored.seq);
  });
  const last = first + events.length - 1;
  const notice: RoomLogNotice | undefined = notices ? { from: notices.from, rooms: [[roomId, last]] } : undefined;
  try {
    const result = await db.query<{ appended: number; notices: number }>(APPEND_SQL, [
      roomId,
      first - 1,
      last,
      events.map((stored) => stored.seq),
      events.map((stored) => stored.at),
      events.map((stored) => stored.clientMsgId ?? null),
      events.map((stored) => stored.event.type),
      events.map((stored) => JSON.stringify(stored.event)),
      notices?.channel ?? null,
      notice ? JSON.stringify(notice) : null,
    ]);
    if (result.rows[0]?.appended !== events.length) throw new RoomLogConflictError(roomId, first);
  } catch (error) {
    throw isUniqueViolation(error) ? new RoomLogConflictError(roomId, first) : error;
  }
}

/** Inserts the room's row; false when a room with that id is already stored. */
async function insertRoom(client: PoolClient, state: RoomState): Promise<boolean> {
  const result = await client.query(
    'INSERT INTO rooms (id, case_slug, created_at, expires_at, expires_instant, last_seq) VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (id) DO NOTHING',
    [state.id, state.caseSlug, state.createdAt, state.expiresAt, new Date(state.expiresAt).toISOString()],
  );
  return result.rowCount === 1;
}

async function insertTokens(client: PoolClient, roomId: string, tokens: readonly RoomTokenRecord[]): Promise<void> {
  if (tokens.length === 0) return;
  await client.query('INSERT INTO room_tokens (room_id, role, token_hash) SELECT $1, role, hash FROM unnest($2::text[], $3::text[]) AS t (role, hash)', [
    roomId,
    tokens.map((token) => token.role),
    tokens.map((token) => token.hash),
  ]);
}

async function upsertSnapshot(client: PoolClient, roomId: string, seq: number, takenAt: string, state: RoomState): Promise<void> {
  await client.query(
    'INSERT INTO room_snapshots (room_id, seq, taken_at, state) VALUES ($1, $2, $3, $4::json) ON CONFLICT (room_id, seq) DO UPDATE SET taken_at = EXCLUDED.taken_at, state = EXCLUDED.state',
    [roomId, seq, takenAt, JSON.stringify(state)],
  );
}

async function latestSnapshot(client: PoolClient, roomId: string): Promise<{ seq: number; state: RoomState } | undefined> {
  const { rows } = await client.query<{ seq: number; state: unknown }>('SELECT seq, state FROM room_snapshots WHERE room_id = $1 ORDER BY seq DESC LIMIT 1', [roomId]);
  const row = rows[0];
  return row ? { seq: row.seq, state: roomStateSchema.parse(row.state) } : undefined;
}

async function eventsAfter(client: PoolClient, roomId: string, seq: number): Promise<StoredRoomEvent[]> {
  const { rows } = await client.query<EventRow>('SELECT seq, at, client_msg_id, body FROM room_events WHERE room_id = $1 AND seq > $2 ORDER BY seq', [roomId, seq]);
  return rows.map(toStoredEvent);
}

/** A stored event row as the log's entry (body, parsed by pg from json, checked against the event schema). */
function toStoredEvent(row: EventRow): StoredRoomEvent {
  const stored: StoredRoomEvent = { seq: row.seq, at: row.at, event: roomEventSchema.parse(row.body) };
  if (row.client_msg_id !== null) stored.clientMsgId = row.client_msg_id;
  return stored;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
