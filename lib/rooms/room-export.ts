import type { z } from 'zod';
import { describeFirstIssue } from '../content/content-error';
import { applyRoomEvent } from './room-reducer';
import { ROOM_ID_PATTERN } from './room-limits';
import { MAX_ROOM_EXPORT_BYTES, ROOM_EXPORT_FORMAT, ROOM_EXPORT_VERSION, roomExportSchema } from './room-export-schema';
import type { RoomExport } from './room-export-schema';
import type { RoomState } from './room-state-schema';
import type { RoomHistory } from './room-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A room's history as one export file's content (no tokens: the history holds none). */
export function exportRoom(history: RoomHistory, now: Date): RoomExport {
  return { format: ROOM_EXPORT_FORMAT, version: ROOM_EXPORT_VERSION, exportedAt: now.toISOString(), history };
}

/** JSON with object keys sorted, so two equal states compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/**
 * Whether a history holds together: seqs 1..n without gaps, one room id and case throughout, the latest
 * snapshot at a seq of the log, and the log replayed from the first state giving that snapshot. Returns
 * one sentence naming the first fault, or undefined.
 */
export function checkRoomHistory(history: RoomHistory): string | undefined {
  const { initial, events, latest } = history;
  const gap = events.findIndex((stored, index) => stored.seq !== index + 1);
  if (gap >= 0) return `The log must number its events 1, 2, 3… without gaps; event ${gap + 1} has seq ${events[gap]?.seq}.`;
  if (latest.seq > events.length) return `The latest snapshot is at seq ${latest.seq}, after the log's last event (${events.length}).`;
  if (latest.state.id !== initial.id || latest.state.caseSlug !== initial.caseSlug) return 'The latest snapshot belongs to another room than the first state.';
  let state: RoomState = initial;
  for (const stored of events.slice(0, latest.seq)) {
    if (stored.at !== stored.event.at) return `Event ${stored.seq} is dated ${stored.at} but its content says ${stored.event.at}.`;
    state = applyRoomEvent(state, stored.event);
  }
  if (canonical(state) !== canonical(latest.state)) return `The log does not replay to the latest snapshot (seq ${latest.seq}): the file was edited or damaged.`;
  return undefined;
}

/** The room as its last event left it: the latest snapshot with the events logged after it applied. */
export function finalRoomState(history: RoomHistory): RoomState {
  return history.events.filter((stored) => stored.seq > history.latest.seq).reduce((state, stored) => applyRoomEvent(state, stored.event), history.latest.state);
}

/** The instant of the room's last event, else its creation: when its final state was reached. */
export function lastEventAt(history: RoomHistory): Date {
  return new Date(history.events.at(-1)?.at ?? history.initial.createdAt);
}

export type ParsedRoomExport = { ok: true; export: RoomExport } | { ok: false; error: string };

function describe(error: z.ZodError, data: unknown): string {
  const envelope = data as { format?: unknown; version?: unknown } | null;
  if (!envelope || typeof envelope !== 'object' || envelope.format !== ROOM_EXPORT_FORMAT) return `This is not a room export (its "format" is not "${ROOM_EXPORT_FORMAT}").`;
  if (typeof envelope.version === 'number' && envelope.version > ROOM_EXPORT_VERSION) return `The room was exported by a newer version of the app (room export version ${envelope.version}); update the app to import it.`;
  return `The room export is not valid: ${describeFirstIssue(error)}.`;
}

/**
 * Reads a room export file (text): too big, not JSON, not a room export, a newer version, wrong-shaped
 * or inconsistent files (checkRoomHistory) each give one clear sentence; nothing is thrown.
 */
export function parseRoomExport(text: string, byteLength = text.length): ParsedRoomExport {
  if (byteLength > MAX_ROOM_EXPORT_BYTES) return { ok: false, error: `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; room exports up to ${MAX_ROOM_EXPORT_BYTES / 1024 / 1024} MB can be read.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON (it may be truncated).' };
  }
  return readRoomExport(data);
}

/** As parseRoomExport, for a value already parsed from JSON. */
export function readRoomExport(data: unknown): ParsedRoomExport {
  const parsed = roomExportSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describe(parsed.error, data) };
  const fault = checkRoomHistory(parsed.data.history);
  if (fault) return { ok: false, error: fault };
  return { ok: true, export: parsed.data };
}

/**
 * The history to store for an import: the room id replaced by `newId` when given (in every state that
 * carries it; events do not), and the expiry renewed to `ttlDays` after `now`, since the exporting
 * installation's expiry may already be past. Throws for a malformed new id.
 */
export function prepareRoomImport(history: RoomHistory, options: { now: Date; ttlDays: number; newId?: string }): RoomHistory {
  if (options.newId !== undefined && !ROOM_ID_PATTERN.test(options.newId)) throw new Error(`"${options.newId}" is not a room id.`);
  const expiresAt = new Date(options.now.getTime() + options.ttlDays * DAY_MS).toISOString();
  const rewrite = (state: RoomState): RoomState => ({ ...state, id: options.newId ?? state.id, expiresAt });
  return { initial: rewrite(history.initial), events: history.events, latest: { seq: history.latest.seq, state: rewrite(history.latest.state) } };
}
