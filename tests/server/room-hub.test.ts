import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_EVERY_EVENTS } from '@/lib/rooms/room-limits';
import type { ClientMessage } from '@/lib/rooms/room-messages';
import { RoomHub } from '@/server/room-hub';
import { SqliteRoomStore } from '@/server/storage/sqlite-room-store';

let dir: string;
let store: SqliteRoomStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'room-hub-'));
  store = new SqliteRoomStore(dir);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const hubOn = (target: SqliteRoomStore, log?: (line: string) => void) => new RoomHub({ store: target, ttlDays: 14, caseExists: (slug) => slug === 'ride-hailing', log });
const notes = (id: string, value: string): ClientMessage => ({ type: 'work:set', clientMsgId: id, set: { field: 'notes', step: 'clarify', value } });

describe('RoomHub', () => {
  it('applies a resent message id once, also after a reload from the store', async () => {
    const hub = hubOn(store);
    const { roomId } = await hub.createRoom({ caseSlug: 'ride-hailing', lengthMinutes: 45 });
    const first = await hub.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides?' });
    const again = await hub.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides?' });
    expect(first).toMatchObject({ ok: true, seq: 1 });
    expect(again).toEqual({ ok: true, seq: 1, events: [] });
    const reloaded = hubOn(store);
    expect(await reloaded.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides?' })).toEqual({ ok: true, seq: 1, events: [] });
    let questions = 0;
    await reloaded.enter(roomId, (state) => (questions = state.questions.length));
    expect(questions).toBe(1);
  });

  it('refuses rooms for unknown cases, and answers a missing room as not found', async () => {
    const hub = hubOn(store);
    await expect(hub.createRoom({ caseSlug: 'no-such-case', lengthMinutes: 45 })).rejects.toThrow(/no case/);
    expect(await hub.submit('AAAAAAAAAAAAAAAAAAAAAA', 'candidate', notes('n', 'x'))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await hub.enter('AAAAAAAAAAAAAAAAAAAAAA', () => undefined)).toBe(false);
  });

  it('keeps acknowledging when a snapshot fails, and the log still has everything', async () => {
    const lines: string[] = [];
    const hub = hubOn(store, (line) => lines.push(line));
    const { roomId } = await hub.createRoom({ caseSlug: 'ride-hailing', lengthMinutes: 45 });
    store.saveSnapshot = async () => {
      throw new Error('disk full');
    };
    for (let index = 1; index <= SNAPSHOT_EVERY_EVENTS + 1; index += 1) {
      expect(await hub.submit(roomId, 'candidate', notes(`n-${index}`, `v${index}`))).toMatchObject({ ok: true, seq: index });
    }
    expect(lines.some((line) => line.includes('disk full'))).toBe(true);
    const loaded = await store.loadRoom(roomId, 5);
    expect(loaded?.snapshot.seq).toBe(0);
    expect(loaded?.events).toHaveLength(SNAPSHOT_EVERY_EVENTS + 1);
  });

  it('snapshots a room when its last connection leaves, so the next load replays nothing', async () => {
    const hub = hubOn(store);
    const { roomId } = await hub.createRoom({ caseSlug: 'ride-hailing', lengthMinutes: 45 });
    await hub.enter(roomId, () => undefined);
    await hub.submit(roomId, 'candidate', notes('a', 'first'));
    await hub.submit(roomId, 'candidate', notes('b', 'second'));
    await hub.disconnect(roomId);
    await hub.idle();
    const loaded = await store.loadRoom(roomId, 5);
    expect(loaded?.snapshot.seq).toBe(2);
    expect(loaded?.snapshot.state.work.notes.clarify).toBe('second');
    expect(loaded?.events).toEqual([]);
  });
});
