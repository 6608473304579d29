import path from 'node:path';
import type { Server as HttpServer } from 'node:http';
import type { Server as SocketServer } from 'socket.io';
import { DEFAULT_ROOM_TTL_DAYS } from '../lib/rooms/room-limits';
import type { RoomStore } from '../lib/rooms/room-store';
import { createRoomCaseContext } from './room-case-context';
import { RoomHub } from './room-hub';
import { startRoomsCluster } from './rooms-cluster';
import { createRoomsHttpHandler } from './rooms-http';
import type { RoomsHttpOptions } from './rooms-http';
import { attachRoomsSocket, evictRooms } from './rooms-socket';
import type { RoomsSocketOptions } from './rooms-socket';
import { databaseUrlFromEnv, openRoomStore } from './storage/open-room-store';
import { PostgresRoomStore } from './storage/postgres-room-store';

/** How often expired rooms are looked for and deleted. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * The rooms' settings from the environment: ROOMS_DATA_DIR (default ./data/rooms), ROOM_TTL_DAYS (default
 * 14) and DATABASE_URL (a postgres:// URL: rooms in Postgres instead of SQLite; `databaseUrl` only when set).
 */
export function roomsConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): { dataDir: string; ttlDays: number; databaseUrl?: string } {
  const ttl = Number(env.ROOM_TTL_DAYS ?? DEFAULT_ROOM_TTL_DAYS);
  if (!Number.isFinite(ttl) || ttl <= 0) throw new Error(`ROOM_TTL_DAYS must be a positive number of days, not "${env.ROOM_TTL_DAYS}".`);
  const databaseUrl = databaseUrlFromEnv(env.DATABASE_URL);
  return { dataDir: path.resolve(env.ROOMS_DATA_DIR ?? path.join('data', 'rooms')), ttlDays: ttl, ...(databaseUrl ? { databaseUrl } : {}) };
}

export type RoomsRuntime = {
  hub: RoomHub;
  io: SocketServer;
  store: RoomStore;
  handleHttp: ReturnType<typeof createRoomsHttpHandler>;
  /** Deletes expired rooms now (also runs at start and every hour) and disconnects their clients. */
  sweep: () => Promise<string[]>;
  /** Stops the sweep, closes every connection and the store. */
  close: () => Promise<void>;
};

/**
 * Everything of the rooms on one HTTP server: the store (the one given, else Postgres when `databaseUrl`
 * is set, else SQLite in `dataDir`), the hub, the socket layer and the HTTP API. With `databaseUrl` the
 * instance also joins the others on that database (server/rooms-cluster.ts): room log notices and
 * socket.io's Postgres adapter; rejects when it cannot. Used by server/index.ts (with Next) and by the
 * tests and the bench (on a bare HTTP server, without Next).
 */
export async function startRooms(
  httpServer: HttpServer,
  options: {
    dataDir: string;
    ttlDays: number;
    /** Set: rooms live in this Postgres, which other app instances may share, so this one joins them (log notices, socket.io adapter). */
    databaseUrl?: string;
    store?: RoomStore;
    root?: string;
    now?: () => Date;
    socket?: RoomsSocketOptions;
    http?: RoomsHttpOptions;
    log?: (line: string) => void;
  },
): Promise<RoomsRuntime> {
  const store = options.store ?? (await openRoomStore(options, { log: options.log }));
  // Instances learn of each other's appends from the notices the Postgres store sends inside each append.
  if (options.databaseUrl && !(store instanceof PostgresRoomStore)) throw new Error('With DATABASE_URL the rooms must be stored in that Postgres (PostgresRoomStore).');
  const cases = createRoomCaseContext(options.root);
  const cluster = options.databaseUrl ? await startRoomsCluster({ databaseUrl: options.databaseUrl, log: options.log }) : undefined;
  if (cluster && store instanceof PostgresRoomStore) store.sendLogNotices(cluster.notifier.target);
  const hub = new RoomHub({ store, ttlDays: options.ttlDays, now: options.now, log: options.log, notifier: cluster?.notifier, ...cases });
  const io = attachRoomsSocket(httpServer, hub, { log: options.log, ...options.socket, ...(cluster ? { adapter: cluster.adapter } : {}) });
  const sweep = async () => {
    const ids = await hub.sweepExpired();
    evictRooms(io, ids);
    return ids;
  };
  await sweep();
  const timer = setInterval(() => void sweep().catch((error: unknown) => options.log?.(`rooms: sweep failed: ${String(error)}`)), SWEEP_EVERY_MS);
  timer.unref();
  return {
    hub,
    io,
    store,
    handleHttp: createRoomsHttpHandler(hub, { log: options.log, store, root: options.root, now: options.now, ...options.http }),
    sweep,
    close: async () => {
      clearInterval(timer);
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // The last clients out snapshot their rooms; let that finish before the store closes.
      await new Promise((resolve) => setImmediate(resolve));
      await hub.idle();
      hub.detach();
      await cluster?.close();
      await store.close();
    },
  };
}
