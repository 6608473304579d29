import { CliInputError } from '../../lib/cli/cli-error';
import type { RoomStore } from '../../lib/rooms/room-store';
import { roomsConfigFromEnv } from '../../server/rooms-runtime';
import { SqliteRoomStore } from '../../server/storage/sqlite-room-store';

/** Where the Postgres store lives once it is installed (issue 16's pg-store work). */
const POSTGRES_STORE_MODULE = '../../server/storage/postgres-room-store.ts';

type PostgresStoreModule = { PostgresRoomStore?: { open?: (url: string) => Promise<RoomStore>; new (url: string): RoomStore } };

/**
 * The rooms' store as the server would open it from the environment: DATABASE_URL -> Postgres
 * (server/storage/postgres-room-store.ts), else SQLite in ROOMS_DATA_DIR (default ./data/rooms).
 * `where` names it for messages. A DATABASE_URL without the Postgres store installed is a clear error.
 */
export async function openRoomStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<{ store: RoomStore; where: string; ttlDays: number }> {
  const config = roomsConfigFromEnv(env);
  if (env.DATABASE_URL) {
    let loaded: PostgresStoreModule;
    try {
      loaded = (await import(POSTGRES_STORE_MODULE)) as PostgresStoreModule;
    } catch {
      throw new CliInputError('DATABASE_URL is set but this installation has no Postgres room store (server/storage/postgres-room-store.ts); unset DATABASE_URL to use SQLite');
    }
    const Store = loaded.PostgresRoomStore;
    if (!Store) throw new CliInputError('server/storage/postgres-room-store.ts does not export PostgresRoomStore');
    const store = typeof Store.open === 'function' ? await Store.open(env.DATABASE_URL) : new Store(env.DATABASE_URL);
    return { store, where: 'Postgres (DATABASE_URL)', ttlDays: config.ttlDays };
  }
  return { store: new SqliteRoomStore(config.dataDir), where: `SQLite in ${config.dataDir}`, ttlDays: config.ttlDays };
}
