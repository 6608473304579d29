import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { parseRoomLogNotice } from './room-log-notify';
import type { RoomLogHandlers, RoomLogNoticeTarget, RoomLogNotifier } from './room-log-notify';

/** The Postgres channel the rooms' log notices travel on. */
export const ROOM_LOG_CHANNEL = 'rooms_log';
/** Wait before listening again after the listening connection dropped, in ms (doubling up to the max). */
const RECONNECT_MS = 250;
const RECONNECT_MAX_MS = 5_000;

/** The Postgres notifier: it listens; the store sends (`target` says where, and who this instance is). */
export type PgRoomLogNotifier = RoomLogNotifier & { readonly target: RoomLogNoticeTarget };

/**
 * Room log notices over Postgres LISTEN/NOTIFY (issue 16): one dedicated connection LISTENs on
 * ROOM_LOG_CHANNEL for JSON `{ from, rooms: [[roomId, seq]...] }` notices. It sends none itself: the
 * PostgresRoomStore sends each append's notice with `pg_notify` in the append's own statement
 * (store.sendLogNotices(notifier.target)), so Postgres delivers it exactly when the events commit and
 * never for an append that failed. A notice from this instance itself is skipped. When the listening
 * connection drops, it reconnects with backoff and then asks for a resync, since notices sent
 * meanwhile are lost. Resolves once listening, so no notice sent after start is missed.
 */
export async function startPgRoomLogNotifier(options: { connectionString: string; log?: (line: string) => void; channel?: string }): Promise<PgRoomLogNotifier> {
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

  return {
    target: { channel, from: self },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = undefined;
      if (client) await client.end().catch(() => undefined);
    },
  };
}
