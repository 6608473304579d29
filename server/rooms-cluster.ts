import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { ServerOptions } from 'socket.io';
import { startPgRoomLogNotifier } from './pg-room-log-notify';
import type { PgRoomLogNotifier } from './pg-room-log-notify';

/** The table the socket.io Postgres adapter keeps payloads over NOTIFY's size limit in (its default name). */
const ATTACHMENTS_TABLE = 'socket_io_attachments';
/** The adapter's NOTIFY channel prefix, apart from the room log's channel. */
const ADAPTER_CHANNEL_PREFIX = 'rooms_io';
/** Connections of the cluster's own pool: the adapter's LISTEN connection and NOTIFYs (the store has its own pool and sends the log notices). */
const POOL_SIZE = 4;
/** Any fixed number: the key of the advisory lock that serialises creating the attachments table. */
const ATTACHMENTS_LOCK_KEY = 160_216;

/** What several app instances on one Postgres share besides the store: log notices and the socket.io adapter. */
export type RoomsCluster = {
  /** Hears that another instance's store appended to a room's log (LISTEN); this instance's store sends its own notices (NOTIFY) to `notifier.target`. */
  notifier: PgRoomLogNotifier;
  /** socket.io's Postgres adapter: volatile pointers and evictions reach the clients of every instance. */
  adapter: NonNullable<Partial<ServerOptions>['adapter']>;
  /** Stops listening and ends the pool (after socket.io has closed its adapter). */
  close: () => Promise<void>;
};

/**
 * Joins the instances that share the Postgres at `databaseUrl` (issue 16). Creates the adapter's
 * attachments table if missing (under an advisory lock: two instances may start together), starts
 * listening for room log notices and builds the socket.io adapter. Room events themselves do not go
 * through the adapter: each instance reads them from the store in seq order and sends them to its
 * own sockets. Rejects when the database cannot be reached.
 */
export async function startRoomsCluster(options: { databaseUrl: string; log?: (line: string) => void }): Promise<RoomsCluster> {
  const log = options.log ?? (() => undefined);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: POOL_SIZE });
  pool.on('error', (error) => log(`rooms: cluster pool: ${error.message}`));
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [ATTACHMENTS_LOCK_KEY]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${ATTACHMENTS_TABLE} (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ATTACHMENTS_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
    const notifier = await startPgRoomLogNotifier({ connectionString: options.databaseUrl, log });
    const adapter = createAdapter(pool, {
      channelPrefix: ADAPTER_CHANNEL_PREFIX,
      tableName: ATTACHMENTS_TABLE,
      errorHandler: (error: Error) => log(`rooms: socket.io adapter: ${error.message}`),
    });
    return {
      notifier,
      adapter,
      close: async () => {
        await notifier.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
