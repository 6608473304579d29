import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RoomLogConflictError } from '@/lib/rooms/room-store';
import type { RoomStore } from '@/lib/rooms/room-store';
import { PostgresRoomStore } from '@/server/storage/postgres-room-store';
import { describeRoomStoreContract, event, room, tokens } from './room-store-contract';
import { createTestDatabase, describePostgres, withDatabase } from './test-postgres';
import type { TestDatabase } from './test-postgres';

/** One query on the test database, outside any store. */
async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describePostgres('PostgresRoomStore', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeRoomStoreContract('PostgresRoomStore', async () => {
    await sql(db.url, "DO $$ BEGIN IF to_regclass('rooms') IS NOT NULL THEN TRUNCATE rooms CASCADE; END IF; END $$");
    return { open: () => PostgresRoomStore.open(db.url), dispose: async () => undefined };
  });

  describe('PostgresRoomStore: the database itself', () => {
    const opened: RoomStore[] = [];
    const open = async (url = db.url) => {
      const store = await PostgresRoomStore.open(url);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await sql(db.url, 'TRUNCATE rooms CASCADE');
    });

    it('never stores a token itself', async () => {
      const store = await open();
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      const dump = JSON.stringify(await sql(db.url, 'SELECT * FROM room_tokens')) + JSON.stringify(await sql(db.url, 'SELECT * FROM room_snapshots'));
      expect(dump).not.toContain('interviewer-token');
      expect(dump).toContain(tokens[0]!.hash);
    });

    it('keeps the log append-only in the database itself', async () => {
      const store = await open();
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
      await expect(sql(db.url, "UPDATE room_events SET body = '{}'")).rejects.toThrow(/append-only/);
      await expect(sql(db.url, 'UPDATE room_events SET seq = 7')).rejects.toThrow(/append-only/);
      expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 1))?.events).toEqual([event(1)]);
    });

    it('leaves no token, event or snapshot of an expired room behind', async () => {
      const store = await open();
      await store.createRoom(room('room-old-aaaaaaaaaaaa', 1), tokens);
      await store.appendEvents('room-old-aaaaaaaaaaaa', [event(1, 'x')]);
      expect(await store.deleteExpired(new Date('2026-12-05T00:00:00.000Z'))).toEqual(['room-old-aaaaaaaaaaaa']);
      const counts = await Promise.all(['room_tokens', 'room_events', 'room_snapshots'].map(async (table) => (await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM ${table} WHERE room_id = $1`, ['room-old-aaaaaaaaaaaa']))[0]));
      expect(counts).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
    });

    it('applies the migrations once when several instances start at the same moment', async () => {
      const fresh = await createTestDatabase();
      try {
        const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresRoomStore.open(fresh.url)));
        await Promise.all(stores.map((store) => store.close()));
        const again = await PostgresRoomStore.open(fresh.url);
        await again.close();
        expect(await sql(fresh.url, 'SELECT name FROM schema_migrations')).toEqual([{ name: '001-rooms.sql' }]);
      } finally {
        await fresh.drop();
      }
    });

    it('lets exactly one of two instances in for each seq of a room', async () => {
      const [a, b] = [await open(), await open()];
      await a.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      const winners: string[] = [];
      for (let seq = 1; seq <= 40; seq += 1) {
        const outcomes = await Promise.allSettled([
          a.appendEvents('room-aaaaaaaaaaaaaaaa', [event(seq, `a-${seq}`)]),
          b.appendEvents('room-aaaaaaaaaaaaaaaa', [event(seq, `b-${seq}`)]),
        ]);
        const fulfilled = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index === 0 ? `a-${seq}` : `b-${seq}`] : []));
        expect(fulfilled).toHaveLength(1);
        for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(RoomLogConflictError);
        winners.push(fulfilled[0]!);
      }
      const log = (await b.loadHistory('room-aaaaaaaaaaaaaaaa'))!.events;
      expect(log.map((stored) => stored.clientMsgId)).toEqual(winners);
      expect((await a.listRooms())[0]?.lastSeq).toBe(40);
    });

    it('never interleaves a room\'s log when two instances keep writing to it', async () => {
      const [a, b] = [await open(), await open()];
      await a.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      // Each instance writes batches of 1-3 events, reloading the log's end after every refusal, as the hub does.
      const writer = async (store: RoomStore, name: string, batches: number) => {
        let refused = 0;
        for (let batch = 0; batch < batches; batch += 1) {
          for (;;) {
            const loaded = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 0);
            const next = loaded!.snapshot.seq + loaded!.events.length + 1;
            const size = 1 + (batch % 3);
            try {
              await store.appendEvents('room-aaaaaaaaaaaaaaaa', Array.from({ length: size }, (_, index) => event(next + index, `${name}-${batch}-${index}`)));
              break;
            } catch (error) {
              expect(error).toBeInstanceOf(RoomLogConflictError);
              refused += 1;
            }
          }
        }
        return refused;
      };
      await Promise.all([writer(a, 'a', 30), writer(b, 'b', 30)]);
      const log = (await a.loadHistory('room-aaaaaaaaaaaaaaaa'))!.events;
      expect(log.map((stored) => stored.seq)).toEqual(Array.from({ length: 120 }, (_, index) => index + 1));
      // Every batch stored whole and contiguous: its events sit side by side, in order.
      const ids = log.map((stored) => stored.clientMsgId!);
      for (const name of ['a', 'b']) {
        for (let batch = 0; batch < 30; batch += 1) {
          const at = ids.indexOf(`${name}-${batch}-0`);
          expect(ids.slice(at, at + 1 + (batch % 3))).toEqual(Array.from({ length: 1 + (batch % 3) }, (_, index) => `${name}-${batch}-${index}`));
        }
      }
      expect(new Set(ids).size).toBe(120);
    });

    it('says in one line, without the password, that a database does not exist', async () => {
      const url = withDatabase(db.url, 'no_such_database').replace('postgres@', 'postgres:s3cret-pw@');
      const error = await PostgresRoomStore.open(url).then(() => undefined, (reason: unknown) => reason as Error);
      expect(error?.message).toMatch(/^Cannot reach the rooms database postgres:\/\/postgres:\*\*\*@.*no_such_database: .*does not exist/);
      expect(error?.message).not.toMatch(/s3cret-pw|\n/);
    });
  });
});

describe('PostgresRoomStore.open without a server', () => {
  it.each([
    ['postgres://app:hunter2@127.0.0.1:1/rooms', /^Cannot reach the rooms database postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/rooms: .*ECONNREFUSED/],
    // Node tries every address of localhost and may report an AggregateError without a message.
    ['postgres://app:hunter2@localhost:1/rooms', /^Cannot reach the rooms database postgres:\/\/app:\*\*\*@localhost:1\/rooms: .*ECONNREFUSED/],
    ['postgres://app:hunter2@no-such-host.invalid:5432/rooms', /^Cannot reach the rooms database postgres:\/\/app:\*\*\*@no-such-host\.invalid:5432\/rooms: .*ENOTFOUND/],
  ])('fails in one line for %s, naming the address without the password', async (url, expected) => {
    const error = await PostgresRoomStore.open(url).then(() => undefined, (reason: unknown) => reason as Error);
    expect(error?.message).toMatch(expected);
    expect(error?.message).not.toMatch(/hunter2|\n/);
  });
});
