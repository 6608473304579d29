import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientMessage } from '@/lib/rooms/room-messages';
import { RoomLogConflictError } from '@/lib/rooms/room-store';
import { MAX_APPEND_ATTEMPTS, RoomHub } from '@/server/room-hub';
import type { LoggedEvent, SubmitResult } from '@/server/room-hub';
import type { RoomLogNotifier } from '@/server/room-log-notify';
import { parseRoomLogNotice } from '@/server/room-log-notify';
import { SqliteRoomStore } from '@/server/storage/sqlite-room-store';
import { memoryRoomLogBus } from './memory-room-log-bus';
import { until } from './rooms-test-server';

// Two (or three) "app instances" = hubs with their own store connection to one SQLite file, joined by
// an in-process notice bus: the ordering logic of issue 16 without a Postgres server.
let dir: string;
const stores: SqliteRoomStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'room-hub-cluster-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Instance = { hub: RoomHub; store: SqliteRoomStore; received: Map<string, LoggedEvent[]> };
function instance(notifier: RoomLogNotifier | undefined): Instance {
  const store = new SqliteRoomStore(dir);
  stores.push(store);
  const hub = new RoomHub({ store, ttlDays: 14, caseExists: (slug) => slug === 'ride-hailing', notifier });
  const received = new Map<string, LoggedEvent[]>();
  hub.listen((roomId, events) => received.set(roomId, [...(received.get(roomId) ?? []), ...events]));
  return { hub, store, received };
}
const seqs = (at: Instance, roomId: string) => (at.received.get(roomId) ?? []).map((entry) => entry.seq);
const notes = (id: string, value: string): ClientMessage => ({ type: 'work:set', clientMsgId: id, set: { field: 'notes', step: 'clarify', value } });
const box = (id: string, n: number): ClientMessage => ({ type: 'scene:update', clientMsgId: id, elements: [{ id, version: 1, versionNonce: n, index: `a${String(n).padStart(3, '0')}` }] });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

async function twoInstances() {
  const bus = memoryRoomLogBus();
  const a = instance(bus.notifier());
  const b = instance(bus.notifier());
  const { roomId } = await a.hub.createRoom({ caseSlug: 'ride-hailing', lengthMinutes: 45 });
  await a.hub.enter(roomId, () => undefined);
  await b.hub.enter(roomId, () => undefined);
  return { bus, a, b, roomId };
}

describe('RoomHub on several instances sharing one store', () => {
  it("delivers the other instance's events to its own listeners once each, in seq order", async () => {
    const { a, b, roomId } = await twoInstances();
    for (let index = 1; index <= 5; index += 1) expect(await a.hub.submit(roomId, 'candidate', notes(`n${index}`, `v${index}`))).toMatchObject({ ok: true, seq: index });
    await until(() => seqs(b, roomId).length === 5, 2_000, 'b caught up');
    expect(seqs(b, roomId)).toEqual(range(1, 5));
    expect(seqs(a, roomId)).toEqual(range(1, 5));
    expect((await b.hub.current(roomId))?.state.work.notes.clarify).toBe('v5');
  });

  it('decides a message again on the fresh state when the other instance took its seq first', async () => {
    const { bus, a, b, roomId } = await twoInstances();
    bus.hold();
    await a.hub.submit(roomId, 'interviewer', { type: 'clock:start', clientMsgId: 'start' });
    await a.hub.submit(roomId, 'candidate', box('el-a', 1));
    // B has not heard of either: its append of seq 1 conflicts, it reads 1..2, and its edit becomes seq 3.
    const result = await b.hub.submit(roomId, 'candidate', box('el-b', 2));
    expect(result).toMatchObject({ ok: true, seq: 3 });
    expect(seqs(b, roomId)).toEqual([1, 2, 3]);
    const state = (await b.hub.current(roomId))!.state;
    expect(state.status).toBe('running');
    expect(state.scene.elements.map((element) => element.id).sort()).toEqual(['el-a', 'el-b']);
    bus.release();
    await until(() => seqs(a, roomId).length === 3, 2_000, 'a caught up');
    expect(seqs(a, roomId)).toEqual([1, 2, 3]);
  });

  it('refuses on the fresh state a message the other instance made invalid, instead of storing it', async () => {
    const { bus, a, b, roomId } = await twoInstances();
    bus.hold();
    await a.hub.submit(roomId, 'interviewer', { type: 'clock:start', clientMsgId: 'start' });
    await a.hub.submit(roomId, 'interviewer', { type: 'room:end', clientMsgId: 'end' });
    // On B's stale state the room has not started; after catching up it has ended.
    expect(await b.hub.submit(roomId, 'candidate', notes('late', 'too late'))).toMatchObject({ ok: false, code: 'room-ended' });
    expect((await b.store.loadEventsAfter(roomId, 0))?.map((entry) => entry.clientMsgId)).toEqual(['start', 'end']);
  });

  it('acknowledges a message resent to the other instance with its first seq, without applying it again', async () => {
    const { bus, a, b, roomId } = await twoInstances();
    bus.hold();
    const first = await a.hub.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides a day?' });
    expect(first).toMatchObject({ ok: true, seq: 1 });
    // The notice is still in flight when the client, reconnected to B, resends.
    expect(await b.hub.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides a day?' })).toEqual({ ok: true, seq: 1, events: [] });
    expect((await b.hub.current(roomId))?.state.questions).toHaveLength(1);
    // And once B has it, a resend to A too.
    expect(await a.hub.submit(roomId, 'candidate', { type: 'question:ask', clientMsgId: 'q-1', text: 'How many rides a day?' })).toEqual({ ok: true, seq: 1, events: [] });
    expect(await a.store.loadEventsAfter(roomId, 0)).toHaveLength(1);
  });

  it('keeps one gap-free log when both instances write at once, and every instance and a fresh load agree', async () => {
    const bus = memoryRoomLogBus();
    const [a, b, c] = [instance(bus.notifier()), instance(bus.notifier()), instance(bus.notifier())];
    const { roomId } = await a.hub.createRoom({ caseSlug: 'ride-hailing', lengthMinutes: 45 });
    for (const at of [a, b, c]) await at.hub.enter(roomId, () => undefined);
    await a.hub.submit(roomId, 'interviewer', { type: 'clock:start', clientMsgId: 'start' });
    // Each instance gets a message every 10 ms (300 a second in the room, far above people's pace), so appends collide.
    const sends: Promise<SubmitResult>[] = [];
    for (const n of range(1, 40)) {
      sends.push(
        a.hub.submit(roomId, 'candidate', box(`a-${n}`, n)),
        b.hub.submit(roomId, 'candidate', box(`b-${n}`, n)),
        c.hub.submit(roomId, 'interviewer', { type: 'note:add', clientMsgId: `c-${n}`, text: `note ${n}` }),
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const results = await Promise.all(sends);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const acked = results.map((result) => (result.ok ? result.seq : 0));
    expect(new Set(acked).size).toBe(120);
    const log = (await a.store.loadEventsAfter(roomId, 0))!;
    expect(log.map((entry) => entry.seq)).toEqual(range(1, 121));
    for (const at of [a, b, c]) await until(() => seqs(at, roomId).length === 121, 5_000, 'every instance caught up');
    for (const at of [a, b, c]) expect(seqs(at, roomId)).toEqual(range(1, 121));
    const fresh = instance(undefined);
    const loaded = await fresh.hub.current(roomId);
    expect(loaded?.seq).toBe(121);
    for (const at of [a, b, c]) expect((await at.hub.current(roomId))?.state).toEqual(loaded?.state);
    expect(loaded?.state.scene.elements).toHaveLength(80);
    expect(loaded?.state.interviewerNotes).toHaveLength(40);
  });

  it('re-reads the store before a client joins, so its snapshot has what the other instance acknowledged', async () => {
    const { bus, a, b, roomId } = await twoInstances();
    bus.hold();
    await a.hub.submit(roomId, 'candidate', notes('n1', 'acknowledged on A'));
    let joined: string | undefined;
    await b.hub.enter(roomId, (state) => (joined = state.work.notes.clarify));
    expect(joined).toBe('acknowledged on A');
    expect(seqs(b, roomId)).toEqual([1]);
    await a.hub.submit(roomId, 'candidate', notes('n2', 'also on A'));
    expect(await b.hub.current(roomId)).toMatchObject({ seq: 2, state: { work: { notes: { clarify: 'also on A' } } } });
  });

  it('catches every loaded room up after notices were lost (the listener reconnected)', async () => {
    const { bus, a, b, roomId } = await twoInstances();
    bus.hold();
    for (let index = 1; index <= 3; index += 1) await a.hub.submit(roomId, 'candidate', notes(`n${index}`, `v${index}`));
    bus.release({ lost: true });
    await until(() => seqs(b, roomId).length === 3, 2_000, 'b resynced');
    expect(seqs(b, roomId)).toEqual([1, 2, 3]);
  });

  it('refuses with `conflict` after losing the race every time, and stores nothing for that message', async () => {
    const { a, roomId } = await twoInstances();
    let attempts = 0;
    a.store.appendEvents = async (room, events) => {
      attempts += 1;
      throw new RoomLogConflictError(room, events[0]!.seq);
    };
    const result = await a.hub.submit(roomId, 'candidate', notes('n1', 'never stored'));
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(attempts).toBe(MAX_APPEND_ATTEMPTS);
    expect(await a.store.loadEventsAfter(roomId, 0)).toEqual([]);
  });

  it('still fails loudly on a store error that is not a lost race', async () => {
    const { a, roomId } = await twoInstances();
    a.store.appendEvents = async () => {
      throw new Error('connection reset');
    };
    await expect(a.hub.submit(roomId, 'candidate', notes('n1', 'x'))).rejects.toThrow('connection reset');
  });
});

describe('room log notices', () => {
  it('reads a notice and rejects anything else on the channel', () => {
    expect(parseRoomLogNotice(JSON.stringify({ from: 'x', rooms: [['r', 3], ['s', 1]] }))).toEqual({ from: 'x', rooms: [['r', 3], ['s', 1]] });
    expect(parseRoomLogNotice(JSON.stringify({ from: 'x', rooms: [] }))).toEqual({ from: 'x', rooms: [] });
    for (const payload of [undefined, '', 'not json', 'null', '{"from":"x"}', '{"from":"x","rooms":[["r"]]}', '{"from":"x","rooms":[["r",0]]}', '{"from":"x","rooms":[["r",1.5]]}', '{"from":1,"rooms":[["r",2]]}', '{"from":"x","rooms":[[2,"r"]]}', '{"from":"x","roomId":"r","seq":2}']) {
      expect(parseRoomLogNotice(payload), payload).toBeUndefined();
    }
  });
});
