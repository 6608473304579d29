import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliInputError } from '@/lib/cli/cli-error';
import { exportRoom, finalRoomState, lastEventAt, parseRoomExport } from '@/lib/rooms/room-export';
import type { RoomHistory } from '@/lib/rooms/room-store';
import { roomToSession } from '@/lib/rooms/room-to-session';
import { exportSession } from '@/lib/session/session-export';
import { SqliteRoomStore } from '@/server/storage/sqlite-room-store';
import { sessionCommand } from '@/scripts/grade/session-command';
import { importRoomFile } from '@/scripts/rooms/import-command';
import { generateRoomHistory, LOG_ROOM_ID } from '../lib/rooms/replay-log';
import { announcedRoom, rightAnswer } from '../lib/rooms/curveball-room';
import { applyRoomEvents } from '@/lib/rooms/room-reducer';
import type { RoomEvent } from '@/lib/rooms/room-messages';

const NOW = new Date('2026-12-20T12:00:00.000Z');
const source = generateRoomHistory({ edits: 120, minutes: 15, released: true });

let dir: string;
let store: SqliteRoomStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'room-export-'));
  store = new SqliteRoomStore(path.join(dir, 'data'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeExport(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** The history as another installation stored it: source stored, loaded back, exported. */
async function exported(): Promise<ReturnType<typeof exportRoom>> {
  const other = new SqliteRoomStore(mkdtempSync(path.join(dir, 'other-')));
  await other.importRoom(source, [{ role: 'interviewer', hash: 'a'.repeat(64) }]);
  const history = await other.loadHistory(LOG_ROOM_ID);
  await other.close();
  if (!history) throw new Error('not stored');
  return exportRoom(history, NOW);
}

const withoutExpiry = (history: RoomHistory) => ({
  ...history,
  initial: { ...history.initial, expiresAt: '' },
  latest: { ...history.latest, state: { ...history.latest.state, expiresAt: '' } },
});

describe('room export and import', () => {
  it('round-trips: export -> import -> the same history (expiry renewed), with fresh links that open it', async () => {
    const file = writeExport('room.json', await exported());
    const result = await importRoomFile(store, file, { newId: false, now: NOW, ttlDays: 14 });
    expect(result.roomId).toBe(LOG_ROOM_ID);
    const stored = await store.loadHistory(LOG_ROOM_ID);
    if (!stored) throw new Error('not imported');
    expect(withoutExpiry(stored)).toEqual(withoutExpiry(source));
    expect(stored.initial.expiresAt).toBe('2027-01-03T12:00:00.000Z');
    const access = await store.getAccess(LOG_ROOM_ID);
    expect(access?.tokens.map((token) => token.role).sort()).toEqual(['candidate', 'interviewer', 'observer']);
    for (const link of Object.values(result.links)) expect(link).toMatch(new RegExp(`^/rooms/${LOG_ROOM_ID}\\?t=[A-Za-z0-9_-]{22}$`));
    expect(JSON.stringify(await exported())).not.toMatch(/hash|token/i);
  });

  it('refuses a room id already stored, and stores a consistent copy under a fresh id with --new-id', async () => {
    const file = writeExport('room.json', await exported());
    await importRoomFile(store, file, { newId: false, now: NOW, ttlDays: 14 });
    await expect(importRoomFile(store, file, { newId: false, now: NOW, ttlDays: 14 })).rejects.toThrow(/already stored here; import it again with --new-id/);
    const copy = await importRoomFile(store, file, { newId: true, now: NOW, ttlDays: 14 });
    expect(copy.roomId).not.toBe(LOG_ROOM_ID);
    const stored = await store.loadHistory(copy.roomId);
    expect(stored?.initial.id).toBe(copy.roomId);
    expect(stored?.latest.state.id).toBe(copy.roomId);
    expect(stored && finalRoomState(stored).scene).toEqual(source.latest.state.scene);
    expect((await store.listRooms()).map((room) => room.roomId).sort()).toEqual([LOG_ROOM_ID, copy.roomId].sort());
  });

  it('refuses garbage and hostile files with one sentence, storing nothing', async () => {
    const good = await exported();
    const lastEdit = good.history.events.findLast((stored) => stored.event.type === 'scene:updated');
    if (!lastEdit) throw new Error('no canvas edit');
    const tampered = good.history.events.map((stored) => (stored === lastEdit ? { ...stored, event: { ...stored.event, elements: [] } } : stored));
    const cases: [string, unknown, RegExp][] = [
      ['truncated', JSON.stringify(good).slice(0, 500), /not valid JSON/],
      ['session export', { format: 'system-design-trainer/session', sessionVersion: 6, exportedAt: NOW.toISOString(), session: {} }, /not a room export/],
      ['newer version', { ...good, version: 2 }, /newer version of the app \(room export version 2\)/],
      ['with tokens', { ...good, tokens: [{ role: 'interviewer', hash: 'a'.repeat(64) }] }, /not valid: .*tokens/],
      ['gap in the log', { ...good, history: { ...good.history, events: good.history.events.slice(1) } }, /without gaps/],
      ['edited event', { ...good, history: { ...good.history, events: tampered } }, /does not replay to the latest snapshot/],
      ['misdated event', { ...good, history: { ...good.history, events: good.history.events.map((stored, index) => (index === 3 ? { ...stored, at: NOW.toISOString() } : stored)) } }, /Event 4 is dated/],
      ['edited snapshot', { ...good, history: { ...good.history, latest: { ...good.history.latest, state: { ...good.history.latest.state, released: false } } } }, /does not replay to the latest snapshot/],
      ['snapshot past the log', { ...good, history: { ...good.history, latest: { ...good.history.latest, seq: good.history.events.length + 5 } } }, /after the log's last event/],
      ['bad room id', { ...good, history: { ...good.history, initial: { ...good.history.initial, id: '../../etc' } } }, /not valid: history\.initial\.id/],
      ['an event of no kind', { ...good, history: { ...good.history, events: [{ seq: 1, at: NOW.toISOString(), event: { type: 'room:explode', at: NOW.toISOString() } }] } }, /not valid: history\.events/],
      ['not an object', [1, 2, 3], /not a room export/],
    ];
    for (const [name, value, message] of cases) {
      const file = writeExport(`${name}.json`, value);
      const error = await importRoomFile(store, file, { newId: false, now: NOW, ttlDays: 14 }).catch((caught: unknown) => caught);
      expect(error, name).toBeInstanceOf(CliInputError);
      expect((error as Error).message, name).toMatch(message);
      expect((error as Error).message.split('\n'), name).toHaveLength(1);
    }
    expect(await store.listRooms()).toEqual([]);
    expect(parseRoomExport('x'.repeat(10), 60 * 1024 * 1024)).toEqual({ ok: false, error: expect.stringMatching(/60\.0 MB/) });
  });

  it('grades a room export as grade session grades the room\'s session', async () => {
    const good = await exported();
    const roomFile = writeExport('room.json', good);
    const session = roomToSession(finalRoomState(good.history), lastEventAt(good.history));
    const sessionFile = writeExport('session.json', exportSession(session, NOW));
    const args = (file: string) => ({ json: true, positionals: [file] });
    const fromRoom = await sessionCommand.run(args(roomFile));
    const fromSession = await sessionCommand.run(args(sessionFile));
    expect(fromRoom.json).toEqual(fromSession.json);
    expect(fromRoom.human).toBe(fromSession.human);
    expect((fromRoom.json as { steps: { score: number }[] }).steps.some((step) => step.score > 0)).toBe(true);
    const broken = writeExport('broken.json', { ...good, history: { ...good.history, events: good.history.events.slice(2) } });
    await expect(Promise.resolve().then(() => sessionCommand.run(args(broken)))).rejects.toThrow(/broken\.json: The log must number its events/);
  });

  it('counts the curveball follow-ups answered in a room when grading its export', async () => {
    const room = announcedRoom('ecommerce-data-platform');
    const [first] = room.claims;
    room.send('candidate', { type: 'curveball:address' });
    const beforeAnswer = room.log.length;
    room.send('candidate', { type: 'curveball:answer', claimId: first!.id, answer: rightAnswer(first!) });
    const historyOf = (events: readonly RoomEvent[]): RoomHistory => ({
      initial: room.initial,
      events: events.map((event, index) => ({ seq: index + 1, at: event.at, event })),
      latest: { seq: events.length, state: applyRoomEvents(room.initial, events) },
    });
    const grade = async (name: string, events: readonly RoomEvent[]) =>
      (await sessionCommand.run({ json: true, positionals: [writeExport(name, exportRoom(historyOf(events), NOW))] })).json as { curveball?: { score: number }; curveballFollowUps?: { probes: { pointId: string; correct: boolean }[]; open: string[] } };
    const answered = await grade('answered.json', room.log);
    const unanswered = await grade('unanswered.json', room.log.slice(0, beforeAnswer));
    expect(answered.curveballFollowUps?.probes).toEqual([expect.objectContaining({ pointId: first!.id, correct: true })]);
    expect(unanswered.curveballFollowUps?.probes).toEqual([]);
    expect(unanswered.curveballFollowUps?.open).toContain(first!.id);
    expect(answered.curveball!.score).toBeGreaterThan(unanswered.curveball!.score);
  });
});
