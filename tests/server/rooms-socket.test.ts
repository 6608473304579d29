import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomClient } from '@/lib/rooms/room-client';
import { interviewerOnlyPaths } from '../lib/rooms/room-fixtures';
import { client, connectOutcome, createRoomOver, recordingSocket, startTestServer, until } from './rooms-test-server';
import type { TestServer } from './rooms-test-server';

let dir: string;
let server: TestServer;
let clock: Date;
const open: { close: () => void }[] = [];
const track = <T extends { close: () => void }>(value: T): T => (open.push(value), value);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rooms-socket-'));
  clock = new Date();
  server = await startTestServer(dir, { now: () => clock });
});
afterEach(async () => {
  for (const item of open.splice(0)) item.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const online = (room: RoomClient) => until(() => room.getView().status === 'online', 5_000, 'online');

describe('rooms HTTP API', () => {
  it('creates a room with three links of 128-bit tokens', async () => {
    const response = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseSlug: 'ride-hailing', lengthMinutes: 30 }) });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { roomId: string; links: Record<string, string> };
    expect(Object.keys(body.links).sort()).toEqual(['candidate', 'interviewer', 'observer']);
    for (const link of Object.values(body.links)) expect(link).toMatch(new RegExp(`^/rooms/${body.roomId}\\?t=[A-Za-z0-9_-]{22}$`));
  });

  it('refuses unknown cases, bad lengths and non-JSON with 400, and other methods with 405', async () => {
    const post = (body: string) => fetch(`${server.url}/api/rooms`, { method: 'POST', body });
    expect((await post(JSON.stringify({ caseSlug: 'no-such-case', lengthMinutes: 45 }))).status).toBe(400);
    expect((await post(JSON.stringify({ caseSlug: 'ride-hailing', lengthMinutes: 2 }))).status).toBe(400);
    expect((await post('{"caseSlug":')).status).toBe(400);
    expect((await post('x'.repeat(20_000))).status).toBe(413);
    expect((await fetch(`${server.url}/api/rooms`)).status).toBe(405);
  });

  it('limits how many rooms one address creates', async () => {
    const post = () => fetch(`${server.url}/api/rooms`, { method: 'POST', body: JSON.stringify({ caseSlug: 'ride-hailing', lengthMinutes: 30 }) });
    const statuses: number[] = [];
    for (let index = 0; index < 22; index += 1) statuses.push((await post()).status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('closes a room only with its interviewer token, answering 404 otherwise', async () => {
    const room = await createRoomOver(server.url);
    const other = await createRoomOver(server.url);
    const close = (id: string, token: string) => fetch(`${server.url}/api/rooms/${id}/close`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await close(room.roomId, room.tokens.candidate)).status).toBe(404);
    expect((await close(room.roomId, other.tokens.interviewer)).status).toBe(404);
    expect((await close('AAAAAAAAAAAAAAAAAAAAAA', room.tokens.interviewer)).status).toBe(404);
    const watcher = track(client(server.url, room.roomId, room.tokens.candidate));
    await online(watcher);
    expect((await close(room.roomId, room.tokens.interviewer)).status).toBe(204);
    await until(() => watcher.getView().state?.status === 'closed', 5_000, 'closed status');
    await expect(watcher.send({ type: 'question:ask', text: 'Still there?' })).rejects.toMatchObject({ code: 'room-closed' });
  });
});

describe('rooms socket: who gets in', () => {
  it('refuses wrong, other-room, expired, malformed and missing-room tokens with the same answer', async () => {
    const room = await createRoomOver(server.url);
    const other = await createRoomOver(server.url);
    const attempt = (auth: unknown) => {
      const { socket } = recordingSocket(server.url, auth);
      open.push({ close: () => socket.close() });
      return connectOutcome(socket);
    };
    expect(await attempt({ roomId: room.roomId, token: room.tokens.candidate })).toBe('connected');
    const refused = await Promise.all([
      attempt({ roomId: room.roomId, token: 'A'.repeat(22) }),
      attempt({ roomId: room.roomId, token: other.tokens.interviewer }),
      attempt({ roomId: 'AAAAAAAAAAAAAAAAAAAAAA', token: room.tokens.interviewer }),
      attempt({ roomId: room.roomId }),
      attempt({ roomId: 42, token: ['x'] }),
    ]);
    expect(new Set(refused)).toEqual(new Set(['room-not-found']));
    const inside = track(client(server.url, room.roomId, room.tokens.candidate));
    await online(inside);
    clock = new Date(clock.getTime() + 15 * 24 * 60 * 60 * 1000);
    expect(await attempt({ roomId: room.roomId, token: room.tokens.interviewer })).toBe('room-not-found');
    expect(await server.runtime.sweep()).toEqual(expect.arrayContaining([room.roomId, other.roomId]));
    expect(await server.runtime.store.getAccess(room.roomId)).toBeUndefined();
    // Whoever was still in an expired room is told it is gone, and stays out.
    await until(() => inside.getView().status === 'gone', 5_000, 'gone after expiry');
    expect(inside.getView().error?.code).toBe('room-gone');
  });
});

describe('rooms socket: garbage', () => {
  const garbage: [string, (socket: ReturnType<typeof recordingSocket>['socket']) => void, string][] = [
    ['an unknown message type', (socket) => socket.emit('room:message', { type: 'room:delete', clientMsgId: 'g' }), 'bad-message'],
    ['a message with a wrong field', (socket) => socket.emit('room:message', { type: 'question:ask', clientMsgId: 'g', text: 42 }), 'bad-message'],
    ['a string', (socket) => socket.emit('room:message', 'DROP TABLE rooms'), 'bad-message'],
    ['an unknown event name', (socket) => socket.emit('room:hack', {}), 'bad-message'],
    ['an oversized message', (socket) => socket.emit('room:message', { type: 'question:ask', clientMsgId: 'g', text: 'x'.repeat(1_200_000) }), 'too-large'],
    ['a flood', (socket) => { for (let index = 0; index < 300; index += 1) socket.emit('room:message', { type: 'step:go', clientMsgId: `f${index}`, step: 'clarify' }); }, 'rate-limited'],
    ['a bad pointer', (socket) => socket.emit('room:pointer', { x: 'left' }), 'bad-message'],
    ['a follow-up answer that is text', (socket) => socket.emit('room:message', { type: 'curveball:answer', clientMsgId: 'g', claimId: 'table-format-delete', answer: 'all of them' }), 'bad-message'],
  ];

  it.each(garbage)('closes only the connection that sent %s', async (_what, send, code) => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const tablet = track(client(server.url, room.roomId, room.tokens.candidate));
    await Promise.all([online(interviewer), online(tablet)]);
    const before = interviewer.getView().state;
    const { socket, received } = recordingSocket(server.url, { roomId: room.roomId, token: room.tokens.candidate });
    open.push({ close: () => socket.close() });
    expect(await connectOutcome(socket)).toBe('connected');
    send(socket);
    await until(() => socket.disconnected, 5_000, 'garbage connection closed');
    expect(received.find((entry) => entry.name === 'room:error')?.payload).toMatchObject({ code });
    expect(interviewer.getView().state).toEqual(before);
    // The rest of the room carries on.
    await tablet.send({ type: 'work:set', set: { field: 'entities', value: 'rider, driver' } });
    await until(() => interviewer.getView().state?.work.answers.clarify.entities === 'rider, driver', 5_000, 'edit after garbage');
    expect(tablet.getView().status).toBe('online');
  });
});

describe('rooms socket: a scripted interview', () => {
  it('never sends the candidate or the observer an interviewer-only field before release', async () => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const candidate = track(client(server.url, room.roomId, room.tokens.candidate));
    const candidateWire = recordingSocket(server.url, { roomId: room.roomId, token: room.tokens.candidate });
    const observerWire = recordingSocket(server.url, { roomId: room.roomId, token: room.tokens.observer });
    open.push({ close: () => candidateWire.socket.close() }, { close: () => observerWire.socket.close() });
    await Promise.all([online(interviewer), online(candidate), connectOutcome(candidateWire.socket), connectOutcome(observerWire.socket)]);

    await interviewer.send({ type: 'clock:start' });
    for (const text of ['How many orders do we get per day?', 'Who consumes the sales dashboards?', 'How long must we keep raw events?']) {
      await candidate.send({ type: 'question:ask', text });
    }
    await until(() => interviewer.getView().state?.questions.length === 3, 5_000, 'three questions');
    const questions = interviewer.getView().state!.questions;
    expect(questions.every((question) => question.suggested !== undefined)).toBe(true);
    expect(questions[0]?.suggested?.topicId).not.toBeNull();
    await interviewer.send({ type: 'question:reply', questionId: questions[0]!.id, text: questions[0]!.suggested!.answer, how: 'as-suggested' });
    await interviewer.send({ type: 'question:reply', questionId: questions[1]!.id, text: 'Finance analysts, daily.', how: 'edited' });
    await interviewer.send({ type: 'question:reply', questionId: questions[2]!.id, text: 'SECRET-NOT-SENT is not in this reply; keep it two years.', how: 'written' });
    await candidate.send({ type: 'work:set', set: { field: 'estimate', value: { rows: [{ id: 'r1', name: 'orders per day', expr: '2e6' }] } } });
    await candidate.send({ type: 'scene:update', elements: [{ id: 'kafka', version: 1, versionNonce: 7, index: 'a0', type: 'rectangle' }] });
    await interviewer.send({ type: 'curveball:announce' });
    await interviewer.send({ type: 'note:add', text: 'SECRET-NOTE partitioning was vague' });
    await interviewer.send({ type: 'ratings:set', ratings: { steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' } });
    await interviewer.send({ type: 'room:end' });
    await until(() => candidate.getView().state?.status === 'ended', 5_000, 'ended');
    await until(() => observerWire.received.some((entry) => (entry.payload as { event?: { type?: string } })?.event?.type === 'room:ended'), 5_000, 'observer ended');

    for (const wire of [candidateWire, observerWire]) {
      expect(wire.received.length).toBeGreaterThan(10);
      // Replies and the candidate's own work did arrive...
      expect(JSON.stringify(wire.received)).toContain('Finance analysts, daily.');
      // ...and nothing interviewer-only did (the third reply's text is sent, as written, and does not contain a marker key).
      const leaks = interviewerOnlyPaths(wire.received.map((entry) => ({ ...entry, payload: JSON.parse(JSON.stringify(entry.payload).replace('SECRET-NOT-SENT', 'quoted')) })));
      expect(leaks).toEqual([]);
    }
    expect(candidate.getView().state?.interviewerNotes).toEqual([]);
    expect(candidate.getView().state?.ratings).toBeUndefined();

    await interviewer.send({ type: 'room:release' });
    await until(() => candidate.getView().state?.released === true, 5_000, 'released');
    expect(candidate.getView().state?.interviewerNotes.map((note) => note.text)).toEqual(['SECRET-NOTE partitioning was vague']);
    expect(candidate.getView().state?.ratings).toEqual({ steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' });
    expect(candidate.getView().state?.questions.some((question) => 'suggested' in question)).toBe(false);
  });

  it('asks the curveball follow-ups the solo mock asks: the candidate answers, everyone sees it, nobody else may answer', async () => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const candidate = track(client(server.url, room.roomId, room.tokens.candidate));
    const observer = track(client(server.url, room.roomId, room.tokens.observer));
    const candidateWire = recordingSocket(server.url, { roomId: room.roomId, token: room.tokens.candidate });
    open.push({ close: () => candidateWire.socket.close() });
    await Promise.all([online(interviewer), online(candidate), online(observer), connectOutcome(candidateWire.socket)]);
    await interviewer.send({ type: 'clock:start' });
    await expect(candidate.send({ type: 'curveball:address' })).rejects.toMatchObject({ code: 'conflict' });
    await interviewer.send({ type: 'curveball:announce' });
    await candidate.send({ type: 'work:set', set: { field: 'notes', step: 'diagram', value: 'For erasure we would maybe use crypto shredding.' } });
    await candidate.send({ type: 'curveball:address' });
    // Each client gets the event on its own socket: wait for both before reading the interviewer's view.
    await until(() => [observer, interviewer].every((room) => room.getView().state?.curveball.followUp?.asked.length === 1), 5_000, 'follow-up asked');
    const asked = interviewer.getView().state!.curveball.followUp!.asked[0]!;
    expect(asked).toMatchObject({ pointId: 'table-format-delete', lead: 'You mentioned "erasure".' });
    await expect(observer.send({ type: 'curveball:answer', claimId: asked.pointId, answer: { selected: ['some'] } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(interviewer.send({ type: 'curveball:answer', claimId: asked.pointId, answer: { selected: ['some'] } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(candidate.send({ type: 'curveball:answer', claimId: asked.pointId, answer: { number: 3 } })).rejects.toMatchObject({ code: 'conflict' });
    // The answer and the next follow-up are two events (two frames); the ack carries the last one's seq.
    const answerSeq = (await candidate.send({ type: 'curveball:answer', claimId: asked.pointId, answer: { selected: ['some'] } })).seq;
    await until(() => interviewer.getView().seq >= answerSeq, 5_000, 'answer seen');
    expect(interviewer.getView().state?.curveball.followUp?.asked[0]?.answer).toEqual({ selected: ['some'] });
    expect(interviewer.getView().state!.curveball.followUp!.asked.map((item) => item.pointId)).toEqual(['table-format-delete', 'crypto-shredding']);
    expect(candidate.getView().status).toBe('online');
    // The right answers never travel to the candidate.
    expect(JSON.stringify(candidateWire.received)).not.toMatch(/"correct"|"explanation"/);
  });

  it('refuses a role what it may not do, and keeps the connection', async () => {
    const room = await createRoomOver(server.url);
    const candidate = track(client(server.url, room.roomId, room.tokens.candidate));
    const observer = track(client(server.url, room.roomId, room.tokens.observer));
    await Promise.all([online(candidate), online(observer)]);
    await expect(candidate.send({ type: 'note:add', text: 'I rate myself 4' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(observer.send({ type: 'work:set', set: { field: 'entities', value: 'x' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(candidate.getView().status).toBe('online');
    expect(observer.getView().status).toBe('online');
  });

  it('relays pointers to the others, not back to the sender, throttled', async () => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const candidate = track(client(server.url, room.roomId, room.tokens.candidate));
    await Promise.all([online(interviewer), online(candidate)]);
    for (let index = 0; index < 20; index += 1) candidate.sendPointer({ x: index, y: 1 });
    // The first move goes at once, the last of the burst when the throttle interval ends.
    await until(() => Object.values(interviewer.getView().pointers)[0]?.x === 19, 5_000, 'last pointer position');
    expect(Object.values(interviewer.getView().pointers)[0]).toMatchObject({ role: 'candidate', y: 1 });
    expect(Object.keys(candidate.getView().pointers)).toEqual([]);
  });

  it('queues a suspended (offline) client\'s edits and sends them once, on reconnect', async () => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const candidate = track(client(server.url, room.roomId, room.tokens.candidate));
    await Promise.all([online(interviewer), online(candidate)]);
    candidate.suspend();
    expect(candidate.getView().status).toBe('offline');
    const sent = [candidate.send({ type: 'question:ask', text: 'Is it batch or streaming?' }), candidate.send({ type: 'work:set', set: { field: 'notes', step: 'clarify', value: 'offline notes' } })];
    expect(candidate.getView().state?.questions.map((question) => question.text)).toEqual(['Is it batch or streaming?']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(interviewer.getView().state?.questions).toEqual([]);
    candidate.connect();
    await Promise.all(sent);
    await until(() => interviewer.getView().state?.work.notes.clarify === 'offline notes', 5_000, 'offline notes');
    expect(interviewer.getView().state?.questions.map((question) => question.text)).toEqual(['Is it batch or streaming?']);
    expect(candidate.getView().pending).toBe(0);
  });

  it('keeps both tabs\' edits to different elements', async () => {
    const room = await createRoomOver(server.url);
    const interviewer = track(client(server.url, room.roomId, room.tokens.interviewer));
    const laptop = track(client(server.url, room.roomId, room.tokens.candidate));
    const tablet = track(client(server.url, room.roomId, room.tokens.candidate));
    await Promise.all([online(interviewer), online(laptop), online(tablet)]);
    await Promise.all([
      laptop.send({ type: 'scene:update', elements: [{ id: 'a', version: 2, versionNonce: 1, index: 'a0' }] }),
      tablet.send({ type: 'scene:update', elements: [{ id: 'b', version: 2, versionNonce: 9, index: 'a1' }] }),
    ]);
    for (const view of [interviewer, laptop, tablet]) {
      await until(() => view.getView().state?.scene.elements.length === 2, 5_000, 'both elements');
    }
  });
});
