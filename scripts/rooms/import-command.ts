import { readFileSync, statSync } from 'node:fs';
import { CliInputError } from '../../lib/cli/cli-error';
import { parseRoomExport, prepareRoomImport } from '../../lib/rooms/room-export';
import { MAX_ROOM_EXPORT_BYTES } from '../../lib/rooms/room-export-schema';
import { ROOM_ROLES } from '../../lib/rooms/room-role';
import type { RoomRole } from '../../lib/rooms/room-role';
import type { RoomStore } from '../../lib/rooms/room-store';
import { generateRoomId, generateRoomToken, hashRoomToken } from '../../lib/rooms/room-token';

/** What `rooms import` prints with --json: the stored room's id and one fresh link per role (paths). */
export type ImportResult = { roomId: string; caseSlug: string; events: number; links: Record<RoomRole, string> };

function readExportFile(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliInputError(`${file}: no such file`);
  }
  if (size > MAX_ROOM_EXPORT_BYTES) throw new CliInputError(`${file}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; room exports up to ${MAX_ROOM_EXPORT_BYTES / 1024 / 1024} MB can be imported`);
  return readFileSync(file, 'utf8');
}

/**
 * `rooms import <file> [--new-id]`: checks the export (lib/rooms/room-export.ts; one sentence on any
 * fault, nothing stored), stores it whole with RoomStore.importRoom under its own id, or a fresh one
 * with `newId` (an id already stored is refused, naming --new-id), renews its expiry to the
 * installation's ROOM_TTL_DAYS, and mints fresh links (only their hashes are stored).
 */
export async function importRoomFile(store: RoomStore, file: string, options: { newId: boolean; now: Date; ttlDays: number }): Promise<ImportResult> {
  const text = readExportFile(file);
  const parsed = parseRoomExport(text, Buffer.byteLength(text));
  if (!parsed.ok) throw new CliInputError(`${file}: ${parsed.error}`);
  const original = parsed.export.history.initial.id;
  const history = prepareRoomImport(parsed.export.history, { now: options.now, ttlDays: options.ttlDays, newId: options.newId ? generateRoomId() : undefined });
  const roomId = history.initial.id;
  if (!options.newId && (await store.getAccess(roomId))) {
    throw new CliInputError(`${file}: room ${original} is already stored here; import it again with --new-id to store a copy under a fresh id`);
  }
  const tokens = Object.fromEntries(ROOM_ROLES.map((role) => [role, generateRoomToken()])) as Record<RoomRole, string>;
  await store.importRoom(history, ROOM_ROLES.map((role) => ({ role, hash: hashRoomToken(tokens[role]) })));
  const links = Object.fromEntries(ROOM_ROLES.map((role) => [role, `/rooms/${roomId}?t=${tokens[role]}`])) as Record<RoomRole, string>;
  return { roomId, caseSlug: history.initial.caseSlug, events: history.events.length, links };
}
