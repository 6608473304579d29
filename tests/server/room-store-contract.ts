// The behaviour every RoomStore engine must have (lib/rooms/room-store.ts), run against SQLite
// (sqlite-room-store.test.ts) and Postgres (postgres-room-store.test.ts). Engine-specific checks
// (raw rows, triggers, file reopen, two instances) live in those files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomState } from '@/lib/rooms/create-room-state';
import { applyRoomEvents } from '@/lib/rooms/room-reducer';
import { RoomLogConflictError } from '@/lib/rooms/room-store';
import type { RoomStore, StoredRoomEvent } from '@/lib/rooms/room-store';
import { hashRoomToken } from '@/lib/rooms/room-token';

export const NOW = new Date('2026-11-30T09:00:00.000Z');

/** A new room's first state (ride-hailing, 45 minutes), created at `now` and kept `ttlDays`. */
export const room = (id: string, ttlDays = 14, now = NOW) => createRoomState({ id, caseSlug: 'ride-hailing', lengthMinutes: 45, now, ttlDays });

export const tokens = [
  { role: 'interviewer' as const, hash: hashRoomToken('interviewer-token-0123456789') },
  { role: 'candidate' as const, hash: hashRoomToken('candidate-token-0123456789a') },
];

/** A logged note edit with seq `seq` (its text says which), optionally from client message `clientMsgId`. */
export const event = (seq: number, clientMsgId?: string, text = `edit ${seq}`): StoredRoomEvent => ({
  seq,
  at: NOW.toISOString(),
  ...(clientMsgId ? { clientMsgId } : {}),
  event: { type: 'work:set', at: NOW.toISOString(), set: { field: 'notes', step: 'clarify', value: text } },
});

/** Empty storage for one test: `open` opens a store on it (again after a close, as a restart would), `dispose` removes it. */
export type FreshStorage = { open(): Promise<RoomStore>; dispose(): Promise<void> };

/** Runs the RoomStore contract against an engine; `fresh` gives each test empty storage of its own. */
export function describeRoomStoreContract(name: string, fresh: () => Promise<FreshStorage>): void {
  describe(`${name}: the RoomStore contract`, () => {
    let storage: FreshStorage;
    let store: RoomStore;
    const reopen = async () => {
      await store.close();
      store = await storage.open();
    };
    beforeEach(async () => {
      storage = await fresh();
      store = await storage.open();
    });
    afterEach(async () => {
      await store.close();
      await storage.dispose();
    });

    it('stores a room with its token hashes and loads it back', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      expect(await store.getAccess('room-aaaaaaaaaaaaaaaa')).toEqual({ roomId: 'room-aaaaaaaaaaaaaaaa', expiresAt: '2026-12-14T09:00:00.000Z', tokens: [tokens[1], tokens[0]] });
      const loaded = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10);
      expect(loaded).toEqual({ snapshot: { seq: 0, state: room('room-aaaaaaaaaaaaaaaa') }, events: [], recentClientMsgIds: [] });
      expect(await store.getAccess('room-bbbbbbbbbbbbbbbb')).toBeUndefined();
      expect(await store.loadRoom('room-bbbbbbbbbbbbbbbb', 10)).toBeUndefined();
    });

    it('gives a room stored without tokens an empty token list', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), []);
      expect(await store.getAccess('room-aaaaaaaaaaaaaaaa')).toEqual({ roomId: 'room-aaaaaaaaaaaaaaaa', expiresAt: '2026-12-14T09:00:00.000Z', tokens: [] });
    });

    it('keeps every appended event across a reopen, and the snapshot cuts the replay', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'c1'), event(2, 'c2')]);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(3)]);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', []);
      await reopen();
      const loaded = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10);
      expect(loaded?.events).toEqual([event(1, 'c1'), event(2, 'c2'), event(3)]);
      expect(loaded?.recentClientMsgIds).toEqual([{ clientMsgId: 'c1', seq: 1 }, { clientMsgId: 'c2', seq: 2 }]);
      const state = applyRoomEvents(loaded!.snapshot.state, loaded!.events.map((stored) => stored.event));
      await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 3, state);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(4)]);
      const after = await store.loadRoom('room-aaaaaaaaaaaaaaaa', 1);
      expect(after?.snapshot).toEqual({ seq: 3, state });
      expect(after?.events.map((stored) => stored.seq)).toEqual([4]);
      expect(after?.recentClientMsgIds).toEqual([{ clientMsgId: 'c2', seq: 2 }]);
      expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 0))?.recentClientMsgIds).toEqual([]);
    });

    it('returns what a learner typed exactly, control characters and all', async () => {
      const texts = ['nul \u0000 inside', 'quotes " and \\ backslash', 'emoji 🚕 and ünïcödé', "O'Brien; DROP TABLE rooms; --", 'line\nbreak\ttab'];
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', texts.map((text, index) => event(index + 1, `m${index}`, text)));
      const state = applyRoomEvents(room('room-aaaaaaaaaaaaaaaa'), texts.map((text, index) => event(index + 1, undefined, text).event));
      await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 2, state);
      await reopen();
      const loaded = await store.loadHistory('room-aaaaaaaaaaaaaaaa');
      expect(loaded?.events).toEqual(texts.map((text, index) => event(index + 1, `m${index}`, text)));
      expect(loaded?.latest).toEqual({ seq: 2, state });
    });

    it('reads the events after a seq whatever the snapshots, for an instance catching up', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.createRoom(room('room-bbbbbbbbbbbbbbbb'), tokens);
      expect(await store.loadEventsAfter('room-aaaaaaaaaaaaaaaa', 0)).toEqual([]);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'm-1'), event(2), event(3, 'm-3')]);
      await store.appendEvents('room-bbbbbbbbbbbbbbbb', [event(1, 'other')]);
      await store.saveSnapshot('room-aaaaaaaaaaaaaaaa', 3, room('room-aaaaaaaaaaaaaaaa'));
      expect(await store.loadEventsAfter('room-aaaaaaaaaaaaaaaa', 1)).toEqual([event(2), event(3, 'm-3')]);
      expect(await store.loadEventsAfter('room-aaaaaaaaaaaaaaaa', 0)).toEqual([event(1, 'm-1'), event(2), event(3, 'm-3')]);
      expect(await store.loadEventsAfter('room-aaaaaaaaaaaaaaaa', 3)).toEqual([]);
      expect(await store.loadEventsAfter('room-cccccccccccccccc', 0)).toBeUndefined();
    });

    it('refuses an append that does not continue the log, keeping nothing of it', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
      await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)])).rejects.toBeInstanceOf(RoomLogConflictError);
      await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(3)])).rejects.toBeInstanceOf(RoomLogConflictError);
      await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(2), event(4)])).rejects.toBeInstanceOf(RoomLogConflictError);
      await expect(store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(0)])).rejects.toBeInstanceOf(RoomLogConflictError);
      await expect(store.appendEvents('room-zzzzzzzzzzzzzzzz', [event(1)])).rejects.toBeInstanceOf(RoomLogConflictError);
      expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10))?.events.map((stored) => stored.seq)).toEqual([1]);
      expect((await store.listRooms()).map((summary) => summary.lastSeq)).toEqual([1]);
    });

    it('lets exactly one of two appends racing for the same seq in', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      const outcomes = await Promise.allSettled([
        store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'first', 'from the first writer')]),
        store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1, 'second', 'from the second writer'), event(2, 'second-b')]),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(RoomLogConflictError);
      const winner = outcomes[0]!.status === 'fulfilled' ? [event(1, 'first', 'from the first writer')] : [event(1, 'second', 'from the second writer'), event(2, 'second-b')];
      expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 10))?.events).toEqual(winner);
    });

    it('writes many rooms\' appends of one turn, refusing only the one that conflicts', async () => {
      const ids = ['room-a-aaaaaaaaaaaaaa', 'room-b-aaaaaaaaaaaaaa', 'room-c-aaaaaaaaaaaaaa'];
      for (const id of ids) await store.createRoom(room(id), tokens);
      const outcomes = await Promise.allSettled([
        store.appendEvents(ids[0]!, [event(1)]),
        store.appendEvents(ids[1]!, [event(2)]),
        store.appendEvents(ids[2]!, [event(1), event(2)]),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      await reopen();
      const seqs = await Promise.all(ids.map(async (id) => (await store.loadRoom(id, 5))?.events.map((stored) => stored.seq)));
      expect(seqs).toEqual([[1], [], [1, 2]]);
    });

    it('deletes expired rooms with everything in them, and only those', async () => {
      await store.createRoom(room('room-old-aaaaaaaaaaaa', 1), tokens);
      await store.createRoom(room('room-old-bbbbbbbbbbbb', 5), tokens);
      await store.createRoom(room('room-new-aaaaaaaaaaaa', 30), tokens);
      await store.appendEvents('room-old-aaaaaaaaaaaa', [event(1, 'x')]);
      expect(await store.deleteExpired(new Date('2026-12-05T08:59:59.999Z'))).toEqual(['room-old-aaaaaaaaaaaa']);
      expect(await store.deleteExpired(new Date('2026-12-05T09:00:00.000Z'))).toEqual(['room-old-bbbbbbbbbbbb']);
      expect(await store.deleteExpired(new Date('2026-12-06T00:00:00.000Z'))).toEqual([]);
      for (const id of ['room-old-aaaaaaaaaaaa', 'room-old-bbbbbbbbbbbb']) {
        expect(await store.getAccess(id)).toBeUndefined();
        expect(await store.loadHistory(id)).toBeUndefined();
      }
      expect(await store.getAccess('room-new-aaaaaaaaaaaa')).toBeDefined();
      await expect(store.appendEvents('room-old-aaaaaaaaaaaa', [event(2)])).rejects.toBeInstanceOf(RoomLogConflictError);
    });

    it('goes by the instant a time names, whatever offset it was written with', async () => {
      // 01:30 at +02:00 is 23:30 UTC the day before: as text it sorts after 2026-12-01T00:00Z, as an instant before.
      await store.createRoom({ ...room('room-offset-aaaaaaaaa'), createdAt: '2026-11-30T11:30:00.000+02:00', expiresAt: '2026-12-01T01:30:00.000+02:00' }, tokens);
      await store.createRoom({ ...room('room-utc-aaaaaaaaaaaa'), createdAt: '2026-11-30T10:00:00.000Z', expiresAt: '2026-12-01T00:30:00.000Z' }, tokens);
      // Created at 09:30 UTC, so older than the other one though its text sorts after it.
      expect((await store.listRooms()).map((summary) => [summary.roomId, summary.createdAt])).toEqual([
        ['room-utc-aaaaaaaaaaaa', '2026-11-30T10:00:00.000Z'],
        ['room-offset-aaaaaaaaa', '2026-11-30T11:30:00.000+02:00'],
      ]);
      expect(await store.deleteExpired(new Date('2026-12-01T00:00:00.000Z'))).toEqual(['room-offset-aaaaaaaaa']);
      expect((await store.getAccess('room-utc-aaaaaaaaaaaa'))?.expiresAt).toBe('2026-12-01T00:30:00.000Z');
    });

    it('deletes one room with its log and snapshots, leaving the others', async () => {
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.createRoom(room('room-bbbbbbbbbbbbbbbb'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
      await store.deleteRoom('room-aaaaaaaaaaaaaaaa');
      await store.deleteRoom('room-never-stored-aaaa');
      expect(await store.loadRoom('room-aaaaaaaaaaaaaaaa', 5)).toBeUndefined();
      expect((await store.listRooms()).map((summary) => summary.roomId)).toEqual(['room-bbbbbbbbbbbbbbbb']);
      await store.createRoom(room('room-aaaaaaaaaaaaaaaa'), tokens);
      await store.appendEvents('room-aaaaaaaaaaaaaaaa', [event(1)]);
      expect((await store.loadRoom('room-aaaaaaaaaaaaaaaa', 5))?.events).toEqual([event(1)]);
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
      expect(await store.listRooms()).toEqual([
        { roomId: 'room-bbbbbbbbbbbbbbbb', caseSlug: 'ride-hailing', createdAt: '2026-11-30T10:00:00.000Z', expiresAt: '2026-12-14T10:00:00.000Z', lastSeq: 0 },
        { roomId: 'room-aaaaaaaaaaaaaaaa', caseSlug: 'ride-hailing', createdAt: '2026-11-30T09:00:00.000Z', expiresAt: '2026-12-14T09:00:00.000Z', lastSeq: 3 },
      ]);

      const copy = { initial: { ...first, id: 'room-cccccccccccccccc' }, events: history!.events, latest: { seq: 3, state: { ...history!.latest.state, id: 'room-cccccccccccccccc' } } };
      await store.importRoom(copy, tokens);
      expect((await store.loadRoom('room-cccccccccccccccc', 5))?.snapshot).toEqual(copy.latest);
      expect(await store.loadHistory('room-cccccccccccccccc')).toEqual(copy);
      expect((await store.getAccess('room-cccccccccccccccc'))?.tokens).toEqual([tokens[1], tokens[0]]);
      await store.appendEvents('room-cccccccccccccccc', [event(4)]);
      await expect(store.importRoom(copy, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
      expect((await store.loadHistory('room-cccccccccccccccc'))?.events).toHaveLength(4);
    });

    it('imports nothing of a history whose log has a gap or whose latest snapshot is past its log', async () => {
      const initial = room('room-dddddddddddddddd');
      const gap = { initial, events: [event(1), event(3)], latest: { seq: 0, state: initial } };
      await expect(store.importRoom(gap, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
      const late = { initial, events: [event(1)], latest: { seq: 2, state: initial } };
      await expect(store.importRoom(late, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
      const notFromOne = { initial, events: [event(2)], latest: { seq: 0, state: initial } };
      await expect(store.importRoom(notFromOne, tokens)).rejects.toBeInstanceOf(RoomLogConflictError);
      expect(await store.getAccess('room-dddddddddddddddd')).toBeUndefined();
      expect(await store.listRooms()).toEqual([]);
      await store.importRoom({ initial, events: [], latest: { seq: 0, state: initial } }, tokens);
      expect(await store.loadRoom('room-dddddddddddddddd', 5)).toEqual({ snapshot: { seq: 0, state: initial }, events: [], recentClientMsgIds: [] });
    });
  });
}
