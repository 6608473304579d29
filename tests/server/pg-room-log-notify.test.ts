import pg from 'pg';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ROOM_LOG_CHANNEL, startPgRoomLogNotifier } from '@/server/pg-room-log-notify';
import type { RoomLogNotifier } from '@/server/room-log-notify';
import { until } from './rooms-test-server';
import { createTestDatabase, describePostgres } from './test-postgres';
import type { TestDatabase } from './test-postgres';

describePostgres('room log notices over Postgres LISTEN/NOTIFY', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const opened: RoomLogNotifier[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    // The first file to ask starts the run's cluster: slow on a busy machine.
  }, 120_000);
  afterEach(async () => {
    for (const notifier of opened.splice(0)) await notifier.close();
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const start = async (lines: string[] = []) => {
    const notifier = await startPgRoomLogNotifier({ connectionString: db.url, pool, log: (line) => lines.push(line) });
    opened.push(notifier);
    const heard: string[] = [];
    let resyncs = 0;
    notifier.subscribe({ appended: (roomId, seq) => heard.push(`${roomId}@${seq}`), resync: () => (resyncs += 1) });
    return { notifier, heard, resyncs: () => resyncs };
  };

  it("hears the other instance's notices, not its own, and ignores anything else on the channel", async () => {
    const a = await start();
    const b = await start();
    a.notifier.publish('room-1', 4);
    b.notifier.publish('room-2', 9);
    await pool.query('SELECT pg_notify($1, $2)', [ROOM_LOG_CHANNEL, 'not a notice']);
    await pool.query('SELECT pg_notify($1, $2)', [ROOM_LOG_CHANNEL, JSON.stringify({ from: 'x', rooms: [['room-3', -1]] })]);
    await until(() => a.heard.length === 1 && b.heard.length === 1, 3_000, 'both notices');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a.heard).toEqual(['room-2@9']);
    expect(b.heard).toEqual(['room-1@4']);
  });

  it('gathers the appends of a moment into few notices, each room with its last seq', async () => {
    const a = await start();
    const b = await start();
    for (let room = 0; room < 400; room += 1) for (let seq = 1; seq <= 3; seq += 1) a.notifier.publish(`room-${String(room).padStart(22, '0')}`, seq);
    await until(() => b.heard.length >= 400, 3_000, 'every room heard');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.heard).toHaveLength(400);
    expect(new Set(b.heard).size).toBe(400);
    expect(b.heard.every((entry) => entry.endsWith('@3'))).toBe(true);
  });

  it('listens again after its connection is cut, asks for a resync, and hears later notices', async () => {
    const lines: string[] = [];
    const a = await start(lines);
    const b = await start();
    // What a database restart or a network cut does to the listening connections.
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
    await until(() => a.resyncs() === 1 && b.resyncs() === 1, 10_000, 'both resynced');
    expect(lines.some((line) => line.includes('reconnecting'))).toBe(true);
    b.notifier.publish('room-9', 2);
    await until(() => a.heard.includes('room-9@2'), 3_000, 'a notice after the reconnection');
  });

  it('sends nothing and hears nothing once closed', async () => {
    const a = await start();
    const b = await start();
    await b.notifier.close();
    a.notifier.publish('room-1', 1);
    b.notifier.publish('room-1', 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.heard).toEqual([]);
    expect(b.heard).toEqual([]);
  });
});
