import pg from 'pg';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { RoomLogConflictError } from '@/lib/rooms/room-store';
import { ROOM_LOG_CHANNEL, startPgRoomLogNotifier } from '@/server/pg-room-log-notify';
import type { PgRoomLogNotifier } from '@/server/pg-room-log-notify';
import { PostgresRoomStore } from '@/server/storage/postgres-room-store';
import { event, room, tokens } from './room-store-contract';
import { until } from './rooms-test-server';
import { createTestDatabase, describePostgres } from './test-postgres';
import type { TestDatabase } from './test-postgres';

/** PostgreSQL's SQLSTATE for a connection terminated by an administrator (pg_terminate_backend, a forced drop). */
const ADMIN_SHUTDOWN = '57P01';

// Two "instances" in one process: each a notifier listening and a store that sends its appends' notices.
describePostgres('room log notices over Postgres LISTEN/NOTIFY, sent inside each append', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const opened: { notifier: PgRoomLogNotifier; store: PostgresRoomStore }[] = [];
  let rooms = 0;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    // The test cuts connections itself (pg_terminate_backend) and drop() closes the rest by force, possibly while
    // pool.end() is still closing a client: that termination (57P01) is expected; any other error still fails.
    const expectTermination = (error: Error & { code?: string }) => {
      if (error.code !== ADMIN_SHUTDOWN) throw error;
    };
    pool.on('error', expectTermination);
    pool.on('connect', (client) => client.on('error', expectTermination));
    // The first file to ask starts the run's cluster: slow on a busy machine.
  }, 120_000);
  afterEach(async () => {
    for (const { notifier, store } of opened.splice(0)) {
      await notifier.close();
      await store.close();
    }
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const start = async (lines: string[] = []) => {
    const notifier = await startPgRoomLogNotifier({ connectionString: db.url, log: (line) => lines.push(line) });
    const store = await PostgresRoomStore.open(db.url);
    store.sendLogNotices(notifier.target);
    opened.push({ notifier, store });
    const heard: string[] = [];
    let resyncs = 0;
    notifier.subscribe({ appended: (roomId, seq) => heard.push(`${roomId}@${seq}`), resync: () => (resyncs += 1) });
    return { notifier, store, heard, resyncs: () => resyncs };
  };
  const newRoom = async (store: PostgresRoomStore) => {
    rooms += 1;
    const id = `room-${String(rooms).padStart(16, '0')}`;
    await store.createRoom(room(id), tokens);
    return id;
  };
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("hears the other instance's appends, not its own, each with its last seq, and ignores anything else on the channel", async () => {
    const a = await start();
    const b = await start();
    const [first, second] = [await newRoom(a.store), await newRoom(b.store)];
    await a.store.appendEvents(first, [event(1), event(2), event(3)]);
    await b.store.appendEvents(second, [event(1)]);
    await pool.query('SELECT pg_notify($1, $2)', [ROOM_LOG_CHANNEL, 'not a notice']);
    await pool.query('SELECT pg_notify($1, $2)', [ROOM_LOG_CHANNEL, JSON.stringify({ from: 'x', rooms: [['room-3', -1]] })]);
    await until(() => a.heard.length === 1 && b.heard.length === 1, 3_000, 'both notices');
    await quiet();
    expect(a.heard).toEqual([`${second}@1`]);
    expect(b.heard).toEqual([`${first}@3`]);
  });

  it('sends a notice only with appended events: none for a conflicting append, and the events are readable when it arrives', async () => {
    const a = await start();
    const b = await start();
    const id = await newRoom(a.store);
    const readable: number[] = [];
    b.notifier.subscribe({ appended: (roomId) => void b.store.loadEventsAfter(roomId, 0).then((events) => readable.push(events?.length ?? -1)), resync: () => undefined });
    await a.store.appendEvents(id, [event(1), event(2)]);
    // A stale writer (seq 2 again) and a gap (seq 5) are refused, and tell nobody anything.
    await expect(a.store.appendEvents(id, [event(2)])).rejects.toBeInstanceOf(RoomLogConflictError);
    await expect(a.store.appendEvents(id, [event(5)])).rejects.toBeInstanceOf(RoomLogConflictError);
    await a.store.appendEvents(id, [event(3)]);
    await until(() => b.heard.length === 2 && readable.length === 2, 3_000, 'two notices');
    await quiet();
    expect(b.heard).toEqual([`${id}@2`, `${id}@3`]);
    // Each notice's read sees at least the events it announced (a later append may already be there too).
    expect(readable[0]).toBeGreaterThanOrEqual(2);
    expect(readable[1]).toBe(3);
  });

  it('sends nothing for an import or for a store not told where to send', async () => {
    const a = await start();
    const b = await start();
    const id = await newRoom(a.store);
    a.store.sendLogNotices(undefined);
    await a.store.appendEvents(id, [event(1)]);
    a.store.sendLogNotices(a.notifier.target);
    const imported = room('room-imported00000000');
    await a.store.importRoom({ initial: imported, events: [event(1), event(2)], latest: { seq: 0, state: imported } }, tokens);
    await quiet();
    expect(b.heard).toEqual([]);
  });

  it('listens again after its connection is cut, asks for a resync, and hears later notices', async () => {
    const lines: string[] = [];
    const a = await start(lines);
    const b = await start();
    const id = await newRoom(b.store);
    // What a database restart or a network cut does to the listening connections.
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
    await until(() => a.resyncs() === 1 && b.resyncs() === 1, 10_000, 'both resynced');
    expect(lines.some((line) => line.includes('reconnecting'))).toBe(true);
    await b.store.appendEvents(id, [event(1), event(2)]);
    await until(() => a.heard.includes(`${id}@2`), 3_000, 'a notice after the reconnection');
  });

  it('hears nothing once closed', async () => {
    const a = await start();
    const b = await start();
    const id = await newRoom(a.store);
    await b.notifier.close();
    await a.store.appendEvents(id, [event(1)]);
    await quiet();
    expect(b.heard).toEqual([]);
  });
});
