import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ServerOptions, Socket } from 'socket.io';
import { projectRoom, projectRoomEvent } from '../lib/rooms/project-room';
import { BYTES_BURST, BYTES_PER_SECOND, MAX_MESSAGE_BYTES, MESSAGE_BURST, MESSAGES_PER_SECOND, POINTER_FLOOD_PER_SECOND, POINTER_INTERVAL_MS } from '../lib/rooms/room-limits';
import { clientMessageSchema, pointerMessageSchema, roomAuthSchema, ROOM_SOCKET_EVENTS, ROOM_SOCKET_PATH } from '../lib/rooms/room-messages';
import type { RoomAckMessage, RoomErrorCode, RoomErrorMessage, RoomEventMessage, RoomPointerMessage, RoomRefusedMessage, RoomSnapshotMessage } from '../lib/rooms/room-messages';
import type { RoomRole } from '../lib/rooms/room-role';
import { TokenBucket } from './rate-limit';
import type { RoomHub } from './room-hub';

type SocketData = { roomId: string; role: RoomRole };

const interviewerChannel = (roomId: string) => `${roomId}:interviewer`;
const viewerChannel = (roomId: string) => `${roomId}:viewers`;
const KNOWN_EVENTS = new Set<string>([ROOM_SOCKET_EVENTS.message, ROOM_SOCKET_EVENTS.pointer]);

/** Options of the realtime layer; the limits default to lib/rooms/room-limits.ts. */
export type RoomsSocketOptions = {
  messagesPerSecond?: number;
  messageBurst?: number;
  log?: (line: string) => void;
  /** socket.io's adapter when several app instances share the rooms (server/rooms-cluster.ts); the in-memory one otherwise. */
  adapter?: ServerOptions['adapter'];
};

function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function fail(socket: Socket, code: RoomErrorCode, message: string): void {
  const error: RoomErrorMessage = { code, message };
  socket.emit(ROOM_SOCKET_EVENTS.error, error);
  socket.disconnect(true);
}

/**
 * Attaches the rooms' realtime layer (socket.io, path /socket.io, WebSocket transport only) to an HTTP
 * server: Next's in production, a bare one in tests. A client connects with `auth: { roomId, token }`;
 * the token decides the role, and a wrong, expired or other room's token gets `room-not-found` like a
 * missing room. It then gets `room:snapshot` (its role's projection), `room:event`s projected for its
 * role, and `room:ack`/`room:refused` for its own messages. Every message is size-checked, zod-checked
 * and rate-limited; garbage gets `room:error` and that connection alone is closed.
 */
export function attachRoomsSocket(httpServer: HttpServer, hub: RoomHub, options: RoomsSocketOptions = {}): Server {
  const io = new Server(httpServer, {
    path: ROOM_SOCKET_PATH,
    transports: ['websocket'],
    serveClient: false,
    // Above our own limit, so an oversized message gets a clear error instead of a dropped connection.
    maxHttpBufferSize: MAX_MESSAGE_BYTES * 4,
    // Let other upgrades (Next's dev server hot reload) through instead of destroying them.
    destroyUpgrade: false,
    // A dropped client is noticed within 15 s (the default is 45 s), so the others see it go offline.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const log = options.log ?? (() => undefined);

  // Logged events go to this instance's sockets only (`local`): every instance that holds the room reads
  // the same log from the store and sends it to its own, so a client gets each seq once, in order.
  hub.listen((roomId, events) => {
    for (const { seq, event, after } of events) {
      const full: RoomEventMessage = { seq, event };
      io.local.to(interviewerChannel(roomId)).emit(ROOM_SOCKET_EVENTS.event, full);
      const projected = projectRoomEvent(event, 'candidate', after);
      if (projected) io.local.to(viewerChannel(roomId)).emit(ROOM_SOCKET_EVENTS.event, { seq, event: projected } satisfies RoomEventMessage);
    }
  });

  io.use((socket, next) => {
    const auth = roomAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('room-not-found'));
    hub.authenticate(auth.data.roomId, auth.data.token).then(
      (role) => {
        if (!role) return next(new Error('room-not-found'));
        (socket.data as SocketData) = { roomId: auth.data.roomId, role };
        next();
      },
      (error: unknown) => {
        log(`rooms: authentication failed: ${String(error)}`);
        next(new Error('server-error'));
      },
    );
  });

  io.on('connection', (socket) => {
    const { roomId, role } = socket.data as SocketData;
    const messages = new TokenBucket(options.messagesPerSecond ?? MESSAGES_PER_SECOND, options.messageBurst ?? MESSAGE_BURST);
    const bytes = new TokenBucket(BYTES_PER_SECOND, BYTES_BURST);
    const pointerFlood = new TokenBucket(POINTER_FLOOD_PER_SECOND, POINTER_FLOOD_PER_SECOND);
    // Relayed pointer moves: one per POINTER_INTERVAL_MS on average, a small burst allowed for timer jitter.
    const pointerRelay = new TokenBucket(1000 / POINTER_INTERVAL_MS, 3);
    let counted = false;

    const countOut = () => {
      counted = false;
      hub.disconnect(roomId).catch((error: unknown) => log(`rooms: ${roomId}: snapshot on leave failed: ${String(error)}`));
    };
    socket.on('disconnect', () => {
      if (counted) countOut();
    });

    socket.onAny((name: string) => {
      if (!KNOWN_EVENTS.has(name)) fail(socket, 'bad-message', `Unknown message "${String(name).slice(0, 40)}".`);
    });

    hub
      .enter(roomId, (state, seq) => {
        counted = true;
        const snapshot: RoomSnapshotMessage = { seq, role, state: projectRoom(state, role) };
        socket.join(role === 'interviewer' ? interviewerChannel(roomId) : viewerChannel(roomId));
        socket.join(roomId);
        socket.emit(ROOM_SOCKET_EVENTS.snapshot, snapshot);
      })
      .then(
        (entered) => {
          if (!entered) return fail(socket, 'room-not-found', 'There is no such room.');
          // The client left while the room was loading: count it out again.
          if (!socket.connected && counted) countOut();
        },
        (error: unknown) => {
          log(`rooms: join failed: ${String(error)}`);
          fail(socket, 'server-error', 'The room could not be opened.');
        },
      );

    socket.on(ROOM_SOCKET_EVENTS.message, (raw: unknown) => {
      if (!messages.take()) return fail(socket, 'rate-limited', `More than ${options.messagesPerSecond ?? MESSAGES_PER_SECOND} messages a second.`);
      const size = jsonBytes(raw);
      if (size > MAX_MESSAGE_BYTES) return fail(socket, 'too-large', `A message may be at most ${MAX_MESSAGE_BYTES} bytes.`);
      if (!bytes.take(size)) return fail(socket, 'rate-limited', `More than ${BYTES_PER_SECOND} bytes a second.`);
      const parsed = clientMessageSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(socket, 'bad-message', `Not a room message${issue ? `: ${issue.path.join('.') || 'message'}: ${issue.message}` : ''}.`);
      }
      const message = parsed.data;
      hub.submit(roomId, role, message).then(
        (result) => {
          if (result.ok) socket.emit(ROOM_SOCKET_EVENTS.ack, { clientMsgId: message.clientMsgId, seq: result.seq } satisfies RoomAckMessage);
          else socket.emit(ROOM_SOCKET_EVENTS.refused, { clientMsgId: message.clientMsgId, code: result.code, message: result.message } satisfies RoomRefusedMessage);
        },
        (error: unknown) => {
          log(`rooms: ${roomId}: message failed: ${String(error)}`);
          fail(socket, 'server-error', 'The server could not store the message; reconnect to resend it.');
        },
      );
    });

    socket.on(ROOM_SOCKET_EVENTS.pointer, (raw: unknown) => {
      if (!pointerFlood.take()) return fail(socket, 'rate-limited', 'Too many pointer moves.');
      const parsed = pointerMessageSchema.safeParse(raw);
      if (!parsed.success) return fail(socket, 'bad-message', 'Not a pointer position.');
      if (role === 'observer') return;
      if (!pointerRelay.take()) return;
      const relayed: RoomPointerMessage = { ...parsed.data, from: socket.id, role };
      socket.to(roomId).volatile.emit(ROOM_SOCKET_EVENTS.pointer, relayed);
    });
  });

  return io;
}

/** Tells the clients of rooms that no longer exist (expired) and closes their connections, on every instance (through the adapter). */
export function evictRooms(io: Server, roomIds: readonly string[]): void {
  for (const roomId of roomIds) {
    io.to(roomId).emit(ROOM_SOCKET_EVENTS.error, { code: 'room-gone', message: 'This room has expired and was deleted.' } satisfies RoomErrorMessage);
    io.in(roomId).disconnectSockets(true);
  }
}
