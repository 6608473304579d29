import type { RoomStore } from '../../lib/rooms/room-store';
import { PostgresRoomStore } from './postgres-room-store';
import { redactDatabaseUrl } from './postgres-url';
import { SqliteRoomStore } from './sqlite-room-store';

/** Where the rooms live: a Postgres URL (several app instances may share it), else a SQLite file in `dataDir`. */
export type RoomStoreConfig = { dataDir: string; databaseUrl?: string };

/**
 * Opens the configured store: PostgresRoomStore when `databaseUrl` is set (connects and migrates; rejects
 * with one line when the database cannot be reached), else SqliteRoomStore in `dataDir`.
 */
export async function openRoomStore(config: RoomStoreConfig, options: { log?: (line: string) => void } = {}): Promise<RoomStore> {
  if (config.databaseUrl) return PostgresRoomStore.open(config.databaseUrl, { log: options.log });
  return new SqliteRoomStore(config.dataDir);
}

/** Where the configured store keeps the rooms, for the start-up line (a Postgres URL without its password). */
export function describeRoomStore(config: RoomStoreConfig): string {
  return config.databaseUrl ? `Postgres ${redactDatabaseUrl(config.databaseUrl)}` : `SQLite in ${config.dataDir}`;
}

/**
 * DATABASE_URL checked: undefined when unset or blank, the URL when it is a postgres:// or postgresql://
 * URL; anything else throws a one-line message (without the value, which may hold a password).
 */
export function databaseUrlFromEnv(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new Error('DATABASE_URL must be a postgres:// URL (e.g. postgres://user:password@host:5432/database); the value set is not a URL.');
  }
  if (scheme !== 'postgres:' && scheme !== 'postgresql:') {
    throw new Error(`DATABASE_URL must be a postgres:// URL (e.g. postgres://user:password@host:5432/database), not a ${scheme}// one.`);
  }
  return url;
}
