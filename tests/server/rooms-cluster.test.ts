import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { projectRoom } from '@/lib/rooms/project-room';
import type { RoomClient } from '@/lib/rooms/room-client';
import type { OutgoingMessage } from '@/lib/rooms/room-messages';
import type { RoomEventMessage, RoomSnapshotMessage } from '@/lib/rooms/room-messages';
import { applyRoomEvents } from '@/lib/rooms/room-reducer';
import { PostgresRoomStore } from '@/server/storage/postgres-room-store';
import { killInstance, freePort, startInstance, startSwitchProxy } from './rooms-instances';
import type { RoomsInstance } from './rooms-instances';
import { client, createRoomOver, recordingSocket, until } from './rooms-test-server';
import { createTestDatabase, describePostgres } from './test-postgres';
import type { TestDatabase } from './test-postgres';

// Issue 16: two real app instances (processes) on two ports against one real Postgres.
const SECOND = 1_000;

type Recording = ReturnType<typeof recordingSocket>;

/** The seqs a raw socket was sent, after its snapshot's: every one exactly once and in order means [s+1, s+2, ...]. */
function seqsAfterSnapshot(recording: Recording): { from: number; seqs: number[] } {
  const snapshot = recording.received.find((entry) => entry.name === 'room:snapshot')?.payload as RoomSnapshotMessage | undefined;
  const seqs = recording.received.filter((entry) => entry.name === 'room:event').map((entry) => (entry.payload as RoomEventMessage).seq);
  return { from: snapshot?.seq ?? -1, seqs };
}
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
const box = (id: string, n: number, label?: string) => ({ id, version: label ? 2 : 1, versionNonce: n, index: `a${String(n).padStart(3, '0')}`, ...(label ? { label } : {}) });

describePostgres('rooms on two app instances sharing one Postgres', () => {
  let db: TestDatabase;
  let dir = '';
  let a: RoomsInstance;
  let b: RoomsInstance;
  const clients: RoomClient[] = [];
  const recordings: Recording[] = [];
  const open = (url: string, roomId: string, token: string) => {
    const opened = client(url, roomId, token);
    clients.push(opened);
    return opened;
  };
  const record = (url: string, roomId: string, token: string) => {
    const recording = recordingSocket(url, { roomId, token });
    recordings.push(recording);
    return recording;
  };
  const online = (...each: RoomClient[]) => until(() => each.every((one) => one.getView().status === 'online'), 10 * SECOND, 'online');
  const storedLog = async (roomId: string) => {
    const store = await PostgresRoomStore.open(db.url);
    try {
      return { events: (await store.loadEventsAfter(roomId, 0)) ?? [], history: await store.loadHistory(roomId) };
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(path.join(tmpdir(), 'rooms-cluster-'));
    const env = { DATABASE_URL: db.url, ROOMS_DATA_DIR: dir };
    const [portA, portB] = [await freePort(), await freePort()];
    // Both start at once: their migrations and the adapter's table race, as two instances of a deployment would.
    [a, b] = await Promise.all([startInstance(portA, env), startInstance(portB, env)]);
    // Each start-up loads the case content (about 20 s apiece on a loaded 2-core machine).
  }, 240_000);

  afterEach(() => {
    for (const one of clients.splice(0)) one.close();
    for (const recording of recordings.splice(0)) recording.socket.close();
  });

  afterAll(async () => {
    for (const instance of [a, b]) if (instance) await killInstance(instance.child);
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows a candidate on A and an interviewer on B each other's edits, questions and pointers within a second", async () => {
    const room = await createRoomOver(a.url);
    const candidate = open(a.url, room.roomId, room.tokens.candidate);
    const interviewer = open(b.url, room.roomId, room.tokens.interviewer);
    const observerOnB = record(b.url, room.roomId, room.tokens.observer);
    await online(candidate, interviewer);

    await interviewer.send({ type: 'clock:start' });
    await until(() => candidate.getView().state?.status === 'running', SECOND, 'the clock started on B reaching A');

    await candidate.send({ type: 'scene:update', elements: [box('kafka', 1, 'Kafka')] });
    await until(() => interviewer.getView().state?.scene.elements.some((element) => element.id === 'kafka') === true, SECOND, 'a canvas edit on A reaching B');

    await candidate.send({ type: 'question:ask', text: 'How many orders a day at peak?' });
    await until(() => interviewer.getView().state?.questions.length === 1, SECOND, 'a question asked on A reaching B');
    const question = interviewer.getView().state!.questions[0]!;
    expect(question.text).toBe('How many orders a day at peak?');
    await interviewer.send({ type: 'question:reply', questionId: question.id, text: 'About 2 million.', how: 'written' });
    await until(() => candidate.getView().state?.questions[0]?.reply?.text === 'About 2 million.', SECOND, 'a reply on B reaching A');

    await interviewer.send({ type: 'step:go', step: 'estimate' });
    await until(() => candidate.getView().state?.work.currentStep === 'estimate', SECOND, 'a step change on B reaching A');

    // Volatile pointers go through socket.io's Postgres adapter, not the log.
    const moveUntilSeen = async () => {
      const deadline = Date.now() + 3 * SECOND;
      while (Object.keys(interviewer.getView().pointers).length === 0 && Date.now() < deadline) {
        candidate.sendPointer({ x: 10 + Math.random(), y: 20 });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await moveUntilSeen();
    expect(Object.values(interviewer.getView().pointers)[0]).toMatchObject({ role: 'candidate', y: 20 });

    // The observer on B got each event once, in order, though every one but the first was written on A or B.
    const { from, seqs } = seqsAfterSnapshot(observerOnB);
    expect(seqs).toEqual(range(from + 1, from + seqs.length));
    expect(seqs.at(-1)).toBe(5);
  }, 60_000);

  it('keeps one gap-free log when both instances write one room at once, and both instances and a fresh load agree', async () => {
    const room = await createRoomOver(b.url);
    const candidate = open(a.url, room.roomId, room.tokens.candidate);
    const interviewerOnB = open(b.url, room.roomId, room.tokens.interviewer);
    const interviewerOnA = open(a.url, room.roomId, room.tokens.interviewer);
    const watchA = record(a.url, room.roomId, room.tokens.interviewer);
    const watchB = record(b.url, room.roomId, room.tokens.interviewer);
    await online(candidate, interviewerOnA, interviewerOnB);
    await interviewerOnB.send({ type: 'clock:start' });

    const sends: Promise<{ seq: number }>[] = [];
    for (let n = 1; n <= 60; n += 1) {
      sends.push(candidate.send({ type: 'scene:update', elements: [box(`el-${n}`, n)] }));
      if (n % 3 === 0) sends.push(interviewerOnB.send({ type: 'note:add', text: `note ${n / 3} from B` }));
      if (n % 4 === 0) sends.push(interviewerOnA.send({ type: 'note:add', text: `note ${n / 4} from A` }));
      if (n % 10 === 0) sends.push(candidate.send({ type: 'work:set', set: { field: 'notes', step: 'design', value: `draft ${n}` } }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const acks = await Promise.all(sends);
    const total = 1 + sends.length;
    expect(new Set(acks.map((ack) => ack.seq)).size).toBe(sends.length);

    const { events, history } = await storedLog(room.roomId);
    expect(events.map((entry) => entry.seq)).toEqual(range(1, total));
    const fresh = projectRoom(applyRoomEvents(history!.initial, events.map((entry) => entry.event)), 'interviewer');
    expect(fresh.scene.elements).toHaveLength(60);
    expect(fresh.interviewerNotes).toHaveLength(35);
    expect(fresh.work.notes.design).toBe('draft 60');
    for (const watch of [watchA, watchB]) {
      await until(() => seqsAfterSnapshot(watch).seqs.at(-1) === total, 5 * SECOND, 'every event at both instances');
      const { from, seqs } = seqsAfterSnapshot(watch);
      expect(seqs).toEqual(range(from + 1, total));
    }
    await until(() => interviewerOnA.getView().seq === total && interviewerOnB.getView().seq === total, 5 * SECOND, 'both clients caught up');
    expect(interviewerOnA.getView().state).toEqual(fresh);
    expect(interviewerOnB.getView().state).toEqual(fresh);
  }, 60_000);

  it('loses nothing acknowledged when A is killed mid-interview and the candidate reconnects to B, and applies no resent message twice', async () => {
    const proxy = await startSwitchProxy(a.port);
    try {
      const room = await createRoomOver(b.url);
      const candidate = open(proxy.url, room.roomId, room.tokens.candidate);
      const interviewer = open(b.url, room.roomId, room.tokens.interviewer);
      await online(candidate, interviewer);
      await interviewer.send({ type: 'clock:start' });
      const acked = await Promise.all([
        ...range(1, 20).map((n) => candidate.send({ type: 'scene:update', elements: [box(`box-${n}`, n)] })),
        candidate.send({ type: 'question:ask', text: 'Do we keep raw events for replay?' }),
      ]);
      expect(acked).toHaveLength(21);

      // A burst still in flight when A dies: some of it is stored (maybe unacknowledged), the rest is not.
      const inFlight: Promise<unknown>[] = [
        ...range(21, 30).map((n) => candidate.send({ type: 'scene:update', elements: [box(`box-${n}`, n)] })),
        candidate.send({ type: 'question:ask', text: 'What is the p95 latency target?' }),
        candidate.send({ type: 'work:set', set: { field: 'notes', step: 'clarify', value: 'orders, payments' } }),
      ];
      await killInstance(a.child);
      proxy.point(b.port);
      await until(() => candidate.getView().status !== 'online', 10 * SECOND, 'the candidate noticed A is gone');
      // Kept working while reconnecting: queued, then resent to B by the client itself.
      const queued: OutgoingMessage = { type: 'scene:update', elements: [box('box-1', 1, 'Kafka')] };
      inFlight.push(candidate.send(queued));
      await Promise.all(inFlight);
      await online(candidate);

      await until(() => interviewer.getView().state?.scene.elements.find((element) => element.id === 'box-1')?.label === 'Kafka', 5 * SECOND, 'the queued edit at the interviewer');
      const state = interviewer.getView().state!;
      expect(state.scene.elements.map((element) => element.id).sort()).toEqual(range(1, 30).map((n) => `box-${n}`).sort());
      expect(state.questions.map((question) => question.text)).toEqual(['Do we keep raw events for replay?', 'What is the p95 latency target?']);
      expect(state.work.notes.clarify).toBe('orders, payments');

      const { events } = await storedLog(room.roomId);
      expect(events.map((entry) => entry.seq)).toEqual(range(1, events.length));
      // Each message once: 1 clock start + 30 boxes + 2 questions + 1 note + 1 relabel.
      expect(events).toHaveLength(35);
      const ids = events.map((entry) => entry.clientMsgId);
      expect(new Set(ids).size).toBe(ids.length);
      await until(() => candidate.getView().seq === 35, 5 * SECOND, 'the candidate caught up on B');
      expect(candidate.getView().state).toEqual(projectRoom(state, 'candidate'));
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
