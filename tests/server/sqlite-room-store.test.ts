import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, SqliteRoomStore } from '@/server/storage/sqlite-room-store';
import { describeRoomStoreContract, event, room, tokens } from './room-store-contract';

describeRoomStoreContract('SqliteRoomStore', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rooms-store-'));
  return { open: async () => new SqliteRoomStore(dir), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
});

let dir: string;
let store: SqliteRoomStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rooms-store-'));
  store = new SqliteRoomStore(dir);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Reads the closed store's file directly, then reopens the store. */
async function raw<T>(read: (db: BetterSqlite3.Database) => T, readonly = true): Promise<T> {
  await store.close();
  const db = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME), { readonly });
  try {
    return read(db);
  } finally {
    db.close();
    store = new SqliteRoomStore(dir);
  }
}

describe('SqliteRoomStore: the file itself', () => {
  it('never stores a token itself', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    const dump = await raw((db) => JSON.stringify(db.prepare('SELECT * FROM room_tokens').all()) + JSON.stringify(db.prepare('SELECT * FROM room_snapshots').all()));
    expect(dump).not.toContain('interviewer-token');
    expect(dump).toContain(tokens[0]!.hash);
  });

  it('keeps the log append-only in the database itself', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
    await raw((db) => expect(() => db.prepare("UPDATE room_events SET body = '{}'").run()).toThrow(/append-only/), false);
  });

  it('leaves no token, event or snapshot of an expired room behind', async () => {
    await store.createRoom(room('room-old-aaaaaaaaaaaa', 1), tokens);
    await store.appendEvents('room-old-aaaaaaaaaaaa', [event(1, 'x')]);
    expect(await store.deleteExpired(new Date('2026-12-05T00:00:00.000Z'))).toEqual(['room-old-aaaaaaaaaaaa']);
    const leftovers = await raw((db) => ['room_tokens', 'room_events', 'room_snapshots'].map((table) => db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE room_id = ?`).get('room-old-aaaaaaaaaaaa')));
    expect(leftovers).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
  });

  it('runs its migrations once, whatever the number of opens', async () => {
    await store.close();
    store = new SqliteRoomStore(dir);
    const names = await raw((db) => db.prepare('SELECT name FROM schema_migrations').pluck().all());
    expect(names).toEqual(['001-rooms.sql', '002-expiry-instant.sql']);
  });
});
