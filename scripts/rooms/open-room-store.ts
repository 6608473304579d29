import { CliInputError } from '../../lib/cli/cli-error';
import type { RoomStore } from '../../lib/rooms/room-store';
import { roomsConfigFromEnv } from '../../server/rooms-runtime';
import { describeRoomStore, openRoomStore as openConfiguredStore } from '../../server/storage/open-room-store';

/**
 * The rooms' store as the server opens it from the environment: DATABASE_URL -> Postgres
 * (server/storage/postgres-room-store.ts), else SQLite in ROOMS_DATA_DIR (default ./data/rooms).
 * `where` names it for messages (a Postgres URL without its password). A DATABASE_URL that is not a
 * postgres:// URL, or a database that cannot be reached, is a CliInputError with the store's one line.
 */
export async function openRoomStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<{ store: RoomStore; where: string; ttlDays: number }> {
  let config: ReturnType<typeof roomsConfigFromEnv>;
  try {
    config = roomsConfigFromEnv(env);
  } catch (error) {
    throw new CliInputError(error instanceof Error ? error.message : String(error));
  }
  try {
    const store = await openConfiguredStore(config);
    return { store, where: describeRoomStore(config), ttlDays: config.ttlDays };
  } catch (error) {
    throw new CliInputError(error instanceof Error ? error.message : String(error));
  }
}
