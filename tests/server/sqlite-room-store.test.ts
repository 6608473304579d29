import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomState } from '@/lib/rooms/create-room-state';
import { applyRoomEvents } from '@/lib/rooms/room-reducer';
import { RoomLogConflictError } from '@/lib/rooms/room-store';
import type { StoredRoomEvent } from '@/lib/rooms/room-store';
import { hashRoomToken } from '@/lib/rooms/room-token';
import { SQLITE_FILE_NAME, SqliteRoomStore } from '@/server/storage/sqlite-room-store';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const room = (id: string, ttlDays = 14, now = NOW) => createRoomState({ id, caseSlug: 'ride-hailing', lengthMinutes: 45, now, ttlDays });
const tokens = [
  { role: 'interviewer' as const, hash: hashRoomToken('interviewer-token-0123456789') },
  { role: 'candidate' as const, hash: hashRoomToken('candidate-token-0123456789a') },
];
const event = (seq: number, clientMsgId?: string): StoredRoomEvent => ({
  seq,
  at: NOW.toISOString(),
  ...(clientMsgId ? { clientMsgId } : {}),
  event: { type: 'work:set', at: NOW.toISOString(), set: { field: 'notes', step: 'clarify', value: `edit ${seq}` } },
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

describe('SqliteRoomStore', () => {
  it('stores a room with its token hashes and loads it back', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    expect(await store.getAccess('room-aaaaaaaaaaaaaaaa')).toEqual({ roomId: 'room-aaaaaaaaaaaaaaaa', expiresAt: '2026-12-14T09:00:00.000Z', tokens: [tokens[1], tokens[0]] });
    const loaded = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10);
    expect(loaded).toEqual({ snapshot: { seq: 0, state: room('room-aaaaaaaaaaaaaaaa') }, events: [], recentClientMsgIds: [] });
    expect(await store.getAccess('room-bbbbbbbbbbbbbbbb')).toBeUndefined();
    expect(await store.loadRoom('room-bbbbbbbbbbbbbbbb', 10)).toBeUndefined();
  });

  it('never stores a token itself', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    await store.close();
    const raw = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    const dump = JSON.stringify(raw.prepare('SELECT * FROM room_tokens').all()) + JSON.stringify(raw.prepare('SELECT * FROM room_snapshots').all());
    raw.close();
    expect(dump).not.toContain('interviewer-token');
    expect(dump).toContain(tokens[0]!.hash);
    store = new SqliteRoomStore(dir);
  });

  it('keeps every appended event across a reopen, and the snapshot cuts the replay', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'c1'), event(2, 'c2')]);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(3)]);
    await store.close();
    store = new SqliteRoomStore(dir);
    const loaded = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10);
    expect(loaded?.events.map((stored) => stored.seq)).toEqual([1, 2, 3]);
    expect(loaded?.recentClientMsgIds).toEqual([{ clientMsgId: 'c1', seq: 1 }, { clientMsgId: 'c2', seq: 2 }]);
    const state = applyRoomEvents(loaded!.snapshot.state, loaded!.events.map((stored) => stored.event));
    await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 3, state);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(4)]);
    const after = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 1);
    expect(after?.snapshot).toEqual({ seq: 3, state });
    expect(after?.events.map((stored) => stored.seq)).toEqual([4]);
    expect(after?.recentClientMsgIds).toEqual([{ clientMsgId: 'c2', seq: 2 }]);
  });

  it('refuses an append that does not continue the log, keeping nothing of it', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
    await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)])).rejects.toBeInstanceOf(RoomLogConflictError);
    await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(3)])).rejects.toBeInstanceOf(RoomLogConflictError);
    await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(2), event(4)])).rejects.toBeInstanceOf(RoomLogConflictError);
    await expect(store.appendEvents('room-zzzzzzzzzzzzzzzz', [event(1)])).rejects.toBeInstanceOf(RoomLogConflictError);
    expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10))?.events.map((stored) => stored.seq)).toEqual([1]);
  });

  it('keeps the log append-only in the database itself', async () => {
    await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
    await store.close();
    const raw = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME));
    expect(() => raw.prepare("UPDATE room_events SET body = '{}'").run()).toThrow(/append-only/);
    raw.close();
    store = new SqliteRoomStore(dir);
  });

  it('deletes expired rooms with everything in them, and only those', async () => {
    await store.createRoom(room('room-old-aaaaaaaaaaaa', 1), tokens);
    await store.createRoom(room('room-new-aaaaaaaaaaaa', 30), tokens);
    await store.appendEvents('room-old-aaaaaaaaaaaa', [event(1, 'x')]);
    expect(await store.deleteExpired(new Date('2026-12-05T00:00:00.000Z'))).toEqual(['room-old-aaaaaaaaaaaa']);
    expect(await store.getAccess('room-old-aaaaaaaaaaaa')).toBeUndefined();
    expect(await store.getAccess('room-new-aaaaaaaaaaaa')).toBeDefined();
    await store.close();
    const raw = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    const leftovers = ['room_tokens', 'room_events', 'room_snapshots'].map((table) => raw.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE room_id = ?`).get('room-old-aaaaaaaaaaaa'));
    raw.close();
    expect(leftovers).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
    store = new SqliteRoomStore(dir);
  });

  it('keeps the first state and the whole log for replay, lists rooms, and imports a history whole', async () => {
    const first = room('room-aaaaaaaaaaaaaaaa');
    await store.createRoom(first, tokens);
    await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'c1'), event(2), event(3)]);
    const after2 = applyRoomEvents(first, [event(1).event, event(2).event]);
    await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 2, after2);
    await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 3, applyRoomEvents(after2, [event(3).event]));
    await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 3, applyRoomEvents(after2, [event(3).event]));
    const history = await store.loadHistory('room-aaaaaaaaaaaaaaaa');
    expect(history?.initial).toEqual(first);
    expect(history?.events.map((stored) => stored.seq)).toEqual([1, 2, 3]);
    expect(history?.events[0]?.clientMsgId).toBe('c1');
    expect(history?.latest.seq).toBe(3);
    expect(await store.loadHistory('room-bbbbbbbbbbbbbbbb')).toBeUndefined();

    await store.createRoom(room('room-bbbbbbbbbbbbbbbb', 14, new Date('2026-11-30T10:00:00.000Z')), tokens);
    expect((await store.listRooms()).map((summary) => [summary.roomId, summary.lastSeq])).toEqual([['room-bbbbbbbbbbbbbbbb', 0], ['room-aaaaaaaaaaaaaaaa', 3]]);

    const copy = { initial: { ...first, id: 'room-cccccccccccccccc' }, events: history!.events, latest: { seq: 3, state: { ...history!.latest.state, id: 'room-cccccccccccccccc' } } };
    await store.importRoom(copy, tokens);
    expect((await store.loadRoom('room-cccccccccccccccc', 5))?.snapshot.seq).toBe(3);
    expect((await store.loadHistory('room-cccccccccccccccc'))?.events).toHaveLength(3);
    await expect(store.importRoom(copy, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
    const gap = { ...copy, initial: { ...copy.initial, id: 'room-dddddddddddddddd' }, events: [event(1), event(3)] };
    await expect(store.importRoom(gap, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
    expect(await store.getAccess('room-dddddddddddddddd')).toBeUndefined();
  });

  it('runs its migrations once, whatever the number of opens', async () => {
    await store.close();
    store = new SqliteRoomStore(dir);
    await store.close();
    const raw = new BetterSqlite3(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    const names = raw.prepare('SELECT name FROM schema_migrations').pluck().all();
    raw.close();
    expect(names).toEqual(['001-rooms.sql']);
    store = new SqliteRoomStore(dir);
  });
});

describe('SqliteRoomStore: grouped appends', () => {
  it('writes many rooms\' appends of one turn together, refusing only the one that conflicts', async () => {
    const ids = ['room-a-aaaaaaaaaaaaaa', 'room-b-aaaaaaaaaaaaaa', 'room-c-aaaaaaaaaaaaaa'];
    for (const id of ids) await store.createRoom(room(id), tokens);
    const outcomes = await Promise.allSettled([
      store.appendEvents(ids[0]!, [event(1)]),
      store.appendEvents(ids[1]!, [event(2)]),
      store.appendEvents(ids[2]!, [event(1), event(2)]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await store.close();
    store = new SqliteRoomStore(dir);
    const seqs = await Promise.all(ids.map(async (id) => (await store.loadRoom(id, 5))?.events.map((stored) => stored.seq)));
    expect(seqs).toEqual([[1], [], [1, 2]]);
  });
});
