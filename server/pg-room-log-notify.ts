import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Pool } from 'pg';
import { parseRoomLogNotice } from './room-log-notify';
import type { RoomLogHandlers, RoomLogNotice, RoomLogNotifier } from './room-log-notify';

/** The Postgres channel the rooms' log notices travel on. */
export const ROOM_LOG_CHANNEL = 'rooms_log';
/** Wait before listening again after the listening connection dropped, in ms (doubling up to the max). */
const RECONNECT_MS = 250;
const RECONNECT_MAX_MS = 5_000;
/** Notices gathered for at most this long, in ms, then sent in one NOTIFY (per chunk): one round trip for many appends. */
const GATHER_MS = 2;
/** Room entries per NOTIFY: ~40 bytes each keeps a payload well under Postgres's 8000-byte limit. */
const ROOMS_PER_NOTICE = 150;

/**
 * Room log notices over Postgres LISTEN/NOTIFY (issue 16): one dedicated connection LISTENs on
 * ROOM_LOG_CHANNEL; the appends of a couple of ms are gathered (each room's last seq) and sent with one
 * `pg_notify` through `pool` as JSON `{ from, rooms: [[roomId, seq]...] }`, chunked under NOTIFY's
 * 8000-byte payload limit. A notice from this instance itself is skipped. When
 * the listening connection drops, it reconnects with backoff and then asks for a resync, since
 * notices sent meanwhile are lost. Resolves once listening, so no notice sent after start is missed.
 */
export async function startPgRoomLogNotifier(options: { connectionString: string; pool: Pool; log?: (line: string) => void; channel?: string }): Promise<RoomLogNotifier> {
  const channel = options.channel ?? ROOM_LOG_CHANNEL;
  const self = randomUUID();
  const log = options.log ?? (() => undefined);
  const handlers = new Set<RoomLogHandlers>();
  let listener: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MS;

  const onNotice = (message: pg.Notification) => {
    if (message.channel !== channel) return;
    const notice = parseRoomLogNotice(message.payload);
    if (!notice || notice.from === self) return;
    for (const [roomId, seq] of notice.rooms) for (const handler of handlers) handler.appended(roomId, seq);
  };

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: options.connectionString });
    client.on('notification', onNotice);
    client.on('error', (error) => log(`rooms: log notices: ${error.message}`));
    client.on('end', () => {
      if (listener !== client || closed) return;
      listener = undefined;
      log('rooms: log notices: the listening connection closed; reconnecting');
      schedule();
    });
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    if (closed) {
      await client.end();
      return;
    }
    listener = client;
  };

  const schedule = () => {
    retry = setTimeout(() => {
      listen().then(
        () => {
          delay = RECONNECT_MS;
          for (const handler of handlers) handler.resync();
        },
        (error: unknown) => {
          log(`rooms: log notices: cannot listen (${error instanceof Error ? error.message : String(error)}); retrying`);
          delay = Math.min(delay * 2, RECONNECT_MAX_MS);
          schedule();
        },
      );
    }, delay);
    retry.unref();
  };

  await listen();

  const gathered = new Map<string, number>();
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    flushTimer = undefined;
    const entries = [...gathered];
    gathered.clear();
    for (let start = 0; start < entries.length; start += ROOMS_PER_NOTICE) {
      const notice: RoomLogNotice = { from: self, rooms: entries.slice(start, start + ROOMS_PER_NOTICE) };
      options.pool.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(notice)]).catch((error: unknown) => {
        // The others still catch up when a client joins or when their next write conflicts.
        log(`rooms: log notice for ${notice.rooms.length} rooms not sent: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  };

  return {
    publish(roomId, seq) {
      if (closed) return;
      gathered.set(roomId, Math.max(seq, gathered.get(roomId) ?? 0));
      flushTimer ??= setTimeout(flush, GATHER_MS);
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearTimeout(flushTimer);
      const client = listener;
      listener = undefined;
      if (client) await client.end().catch(() => undefined);
    },
  };
}
