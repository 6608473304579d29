import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSqliteMigrations, SQLITE_MIGRATIONS_DIR } from '@/server/storage/sqlite-migrations';
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

  it('upgrades a file written before the expiry index, keeping its rooms', async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'only-001'), { recursive: true });
    copyFileSync(path.join(SQLITE_MIGRATIONS_DIR, '001-rooms.sql'), path.join(dir, 'only-001', '001-rooms.sql'));
    const old = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME));
    runSqliteMigrations(old, path.join(dir, 'only-001'));
    const first = room('room-old-aaaaaaaaaaaa', 1);
    old.prepare('INSERT INTO rooms (id, case_slug, created_at, expires_at, last_seq) VALUES (?, ?, ?, ?, 0)').run(first.id, first.caseSlug, first.createdAt, first.expiresAt);
    old.prepare('INSERT INTO room_snapshots (room_id, seq, taken_at, state) VALUES (?, 0, ?, ?)').run(first.id, first.createdAt, JSON.stringify(first));
    old.close();
    rmSync(path.join(dir, 'only-001'), { recursive: true, force: true });
    store = new SqliteRoomStore(dir);
    expect((await store.loadRoom(first.id, 5))?.snapshot).toEqual({ seq: 0, state: first });
    expect(await store.deleteExpired(new Date('2026-12-05T00:00:00.000Z'))).toEqual(['room-old-aaaaaaaaaaaa']);
    const indexes = await raw((db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rooms' AND sql IS NOT NULL").pluck().all());
    expect(indexes).toEqual(['rooms_expires_julianday']);
  });
});
