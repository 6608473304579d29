import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomExportFileName } from '@/components/rooms/export-room';
import type { RoomClient } from '@/lib/rooms/room-client';
import { readRoomExport } from '@/lib/rooms/room-export';
import { buildRoomReplay, replayStateAfter } from '@/lib/rooms/room-replay';
import { hashRoomToken } from '@/lib/rooms/room-token';
import { startBareRoomsServer } from '@/server/bare-rooms-server';
import type { RoomHistoryResponse } from '@/server/rooms-http';
import type { RoomsRuntime } from '@/server/rooms-runtime';
import { interviewerOnlyPaths } from '../lib/rooms/room-fixtures';
import { client, createRoomOver, until } from './rooms-test-server';
import type { CreatedRoom } from './rooms-test-server';

const ADMIN = 'team-admin-token-0123456789abcdef';
let dir: string;
let url: string;
let runtime: RoomsRuntime;
let room: CreatedRoom;
let other: CreatedRoom;
const clients: RoomClient[] = [];

const get = (what: string, roomId: string, token: string) => fetch(`${url}/api/rooms/${roomId}/${what}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rooms-replay-http-'));
  ({ url, runtime } = await startBareRoomsServer({ dataDir: dir, ttlDays: 14, http: { adminTokenHash: hashRoomToken(ADMIN) } }));
  room = await createRoomOver(url);
  other = await createRoomOver(url);
  const interviewer = client(url, room.roomId, room.tokens.interviewer);
  const candidate = client(url, room.roomId, room.tokens.candidate);
  clients.push(interviewer, candidate);
  await until(() => interviewer.getView().status === 'online' && candidate.getView().status === 'online', 5_000, 'online');
  await interviewer.send({ type: 'clock:start' });
  await candidate.send({ type: 'question:ask', text: 'How much data do you ingest per day?' });
  await candidate.send({ type: 'scene:update', elements: [{ id: 'box1', type: 'rectangle', x: 0, y: 0, width: 100, height: 50, version: 1, versionNonce: 7, index: 'a0' }] });
  await interviewer.send({ type: 'note:add', text: 'SECRET-NOTE strong on sizing' });
  await interviewer.send({ type: 'ratings:set', ratings: { steps: { clarify: 3 }, dimensions: {}, comments: 'SECRET-RATING' } });
  await interviewer.send({ type: 'room:end' });
}, 60_000);
afterAll(async () => {
  for (const item of clients) item.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('replay and export routes', () => {
  it('gives the interviewer the whole log, and the same 404 as a missing room to every other token before release', async () => {
    const response = await get('history', room.roomId, room.tokens.interviewer);
    expect(response.status).toBe(200);
    const body = (await response.json()) as RoomHistoryResponse;
    expect(body.role).toBe('interviewer');
    expect(body.history.events.map((stored) => stored.event.type)).toEqual(['clock:started', 'question:asked', 'scene:updated', 'note:added', 'ratings:set', 'room:ended']);
    const missing = await (await get('history', 'nosuchroom000000000000', room.tokens.interviewer)).text();
    for (const token of [room.tokens.candidate, room.tokens.observer, other.tokens.interviewer, 'garbage', '']) {
      const refused = await get('history', room.roomId, token);
      expect(refused.status, token).toBe(404);
      expect(await refused.text()).toBe(missing);
    }
    expect((await fetch(`${url}/api/rooms/${room.roomId}/history`, { method: 'POST', headers: { authorization: `Bearer ${room.tokens.interviewer}` } })).status).toBe(405);
  });

  it('exports the room for its interviewer only, without tokens, as a file that reads back', async () => {
    const response = await get('export', room.roomId, room.tokens.interviewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="room-${room.roomId}.json"`);
    // The console's Export button saves the same name.
    expect(roomExportFileName(room.roomId)).toBe(`room-${room.roomId}.json`);
    const text = await response.text();
    for (const token of Object.values(room.tokens)) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(hashRoomToken(token));
    }
    const parsed = readRoomExport(JSON.parse(text));
    expect(parsed.ok && parsed.export.history.events).toHaveLength(6);
    for (const token of [room.tokens.candidate, room.tokens.observer, ADMIN]) expect((await get('export', room.roomId, token)).status).toBe(404);
  });

  it('opens the replay to the candidate after release, with nothing interviewer-only but what was released', async () => {
    const interviewer = clients[0];
    await interviewer?.send({ type: 'room:release' });
    const response = await get('history', room.roomId, room.tokens.candidate);
    expect(response.status).toBe(200);
    const body = (await response.json()) as RoomHistoryResponse;
    expect(body.role).toBe('candidate');
    expect(body.history.events.map((stored) => stored.event.type)).toEqual(['clock:started', 'question:asked', 'scene:updated', 'room:ended', 'room:released']);
    expect(interviewerOnlyPaths({ initial: body.history.initial, events: body.history.events.slice(0, -1) })).toEqual([]);
    const end = replayStateAfter(buildRoomReplay(body.history), body.history.events.length);
    expect(end.interviewerNotes.map((note) => note.text)).toEqual(['SECRET-NOTE strong on sizing']);
    expect(end.questions[0]?.suggested).toBeUndefined();
    expect((await get('history', room.roomId, room.tokens.observer)).status).toBe(404);
  });

  it('lets the team admin token read the agreement report and the replays it links, no other room; nobody else', async () => {
    const agreement = (token: string) => fetch(`${url}/api/rooms/agreement`, { headers: { authorization: `Bearer ${token}` } });
    const response = await agreement(ADMIN);
    expect(response.status).toBe(200);
    const report = (await response.json()) as { interviews: number; steps: { step: string; n: number; disagreements: { roomId: string }[] }[] };
    expect(report.interviews).toBe(1);
    expect(report.steps.find((step) => step.step === 'clarify')?.n).toBe(1);
    // Rated 3 on clarify after one question: the engine's band differs, so the report links the room's replay.
    expect(report.steps.find((step) => step.step === 'clarify')?.disagreements.map((item) => item.roomId)).toEqual([room.roomId]);
    const linked = await get('history', room.roomId, ADMIN);
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as RoomHistoryResponse).role).toBe('interviewer');
    // A room the report does not link (never rated) is a 404 to the admin token, as a missing room is.
    const missing = await (await get('history', 'nosuchroom000000000000', ADMIN)).text();
    const unlinked = await get('history', other.roomId, ADMIN);
    expect(unlinked.status).toBe(404);
    expect(await unlinked.text()).toBe(missing);
    expect((await get('history', other.roomId, other.tokens.interviewer)).status).toBe(200);
    expect((await agreement(room.tokens.interviewer)).status).toBe(404);
    expect((await agreement('')).status).toBe(404);
  });
});
