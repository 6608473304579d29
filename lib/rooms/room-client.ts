import { io } from 'socket.io-client';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { clientMessageSchema, ROOM_SOCKET_EVENTS, ROOM_SOCKET_PATH } from './room-messages';
import type {
  ClientMessage,
  OutgoingMessage,
  PointerMessage,
  RefusalCode,
  RoomAckMessage,
  RoomErrorMessage,
  RoomEventMessage,
  RoomPointerMessage,
  RoomRefusedMessage,
  RoomSnapshotMessage,
} from './room-messages';
import { applyRoomEvent, applyRoomEvents, decideRoomMessage } from './room-reducer';
import type { RoomRole } from './room-role';
import type { RoomState } from './room-state-schema';

export type RoomConnectionStatus = 'connecting' | 'online' | 'offline' | 'gone';

/** A pointer of another client, as last relayed. `at` is this client's clock (ms since epoch). */
export type RoomPointer = RoomPointerMessage & { at: number };

/** What a view renders: the connection, the role, the room (server state with this client's unacknowledged messages applied on top). */
export type RoomView = {
  status: RoomConnectionStatus;
  role: RoomRole | undefined;
  state: RoomState | undefined;
  /** The last event seq this client has from the server. */
  seq: number;
  /** Messages sent or queued but not yet acknowledged. */
  pending: number;
  pointers: Record<string, RoomPointer>;
  /** The last error the server sent (for instance `room-not-found`). */
  error: RoomErrorMessage | undefined;
};

/** A message the room refused (wrong role, interview ended...), or the connection was gone. */
export class RoomMessageRefused extends Error {
  constructor(
    readonly code: RefusalCode | 'invalid' | 'gone',
    message: string,
  ) {
    super(message);
    this.name = 'RoomMessageRefused';
  }
}

type Pending = { message: ClientMessage; resolve: (ack: RoomAckMessage) => void; reject: (error: Error) => void };

export type RoomClientOptions = {
  roomId: string;
  token: string;
  /** The server's origin; the page's own origin when omitted (the browser). */
  url?: string;
  /** Extra socket.io options (tests shorten the reconnection delays). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** Client message ids; random UUIDs by default. */
  newId?: () => string;
  now?: () => Date;
  /** Connect at once (default); false waits for connect(), as a React effect does. */
  autoConnect?: boolean;
};

/** Pointers not moved for this long are dropped from the view. */
const POINTER_STALE_MS = 10_000;
/** After the server closed the connection for an error other than a gone room, wait this long and reconnect. */
const RECONNECT_AFTER_ERROR_MS = 1_000;

/**
 * A connection to one room, framework-free (the React hook components/rooms/use-room-connection.ts
 * wraps it): keeps the server's projected state from `room:snapshot` and `room:event`s, sends
 * messages with an id and resolves each on its `room:ack`, queues messages while offline and resends
 * them on reconnect (the server applies a resent id only once), and shows queued messages applied
 * on top of the server's state so the sender's own edits never flicker.
 */
export class RoomClient {
  private readonly socket: Socket;
  private readonly listeners = new Set<() => void>();
  private readonly pending: Pending[] = [];
  private confirmed: RoomState | undefined;
  private view: RoomView = { status: 'connecting', role: undefined, state: undefined, seq: 0, pending: 0, pointers: {}, error: undefined };
  private readonly newId: () => string;
  private readonly now: () => Date;
  private closed = false;
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RoomClientOptions) {
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
    const socketOptions: Partial<ManagerOptions & SocketOptions> = {
      path: ROOM_SOCKET_PATH,
      transports: ['websocket'],
      auth: { roomId: options.roomId, token: options.token },
      autoConnect: options.autoConnect ?? true,
      ...options.socketOptions,
    };
    this.socket = options.url ? io(options.url, socketOptions) : io(socketOptions);
    this.socket.on(ROOM_SOCKET_EVENTS.snapshot, (snapshot: RoomSnapshotMessage) => this.onSnapshot(snapshot));
    this.socket.on(ROOM_SOCKET_EVENTS.event, (message: RoomEventMessage) => this.onEvent(message));
    this.socket.on(ROOM_SOCKET_EVENTS.ack, (ack: RoomAckMessage) => this.settle(ack.clientMsgId, (entry) => entry.resolve(ack)));
    this.socket.on(ROOM_SOCKET_EVENTS.refused, (refused: RoomRefusedMessage) =>
      this.settle(refused.clientMsgId, (entry) => entry.reject(new RoomMessageRefused(refused.code, refused.message))),
    );
    this.socket.on(ROOM_SOCKET_EVENTS.error, (error: RoomErrorMessage) => this.onServerError(error));
    this.socket.on(ROOM_SOCKET_EVENTS.pointer, (pointer: RoomPointerMessage) => this.onPointer(pointer));
    this.socket.on('connect_error', (error: Error) => {
      if (error.message === 'room-not-found') this.goGone({ code: 'room-not-found', message: 'There is no such room, or the link is wrong or expired.' });
      else this.update({ status: this.view.status === 'connecting' && !this.confirmed ? 'connecting' : 'offline' });
    });
    this.socket.on('disconnect', (reason: string) => {
      if (this.closed || this.view.status === 'gone') return;
      this.update({ status: 'offline' });
      // The server closed us on purpose (an error it already explained): socket.io does not retry that itself.
      if (reason === 'io server disconnect') this.scheduleReconnect();
    });
  }

  /** The current view; the same object until something changes (for useSyncExternalStore). */
  getView = (): RoomView => this.view;

  /** Calls `listener` after every change of the view; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Sends a message; resolves with its ack once the server stored it, rejects with RoomMessageRefused
   * if the room refused it or the message is malformed. While offline it waits in the queue.
   */
  send = (outgoing: OutgoingMessage): Promise<RoomAckMessage> => {
    const parsed = clientMessageSchema.safeParse({ ...outgoing, clientMsgId: this.newId() });
    if (!parsed.success) return Promise.reject(new RoomMessageRefused('invalid', parsed.error.issues[0]?.message ?? 'invalid message'));
    if (this.view.status === 'gone') return Promise.reject(new RoomMessageRefused('gone', 'The room is gone.'));
    return new Promise<RoomAckMessage>((resolve, reject) => {
      this.pending.push({ message: parsed.data, resolve, reject });
      if (this.view.status === 'online') this.socket.emit(ROOM_SOCKET_EVENTS.message, parsed.data);
      this.refresh();
    });
  };

  /** Sends the pointer position (volatile: dropped rather than queued when the line is busy or down). */
  sendPointer = (pointer: PointerMessage): void => {
    if (this.view.status === 'online') this.socket.volatile.emit(ROOM_SOCKET_EVENTS.pointer, pointer);
  };

  /** (Re)connects after suspend() or close(), or the first time when autoConnect was false. */
  connect = (): void => {
    this.closed = false;
    if (this.view.status === 'gone') return;
    if (!this.socket.connected) this.socket.connect();
  };

  /** Drops the connection but keeps the queue (the browser went offline); connect() resumes and resends. */
  suspend = (): void => {
    this.socket.disconnect();
    if (this.view.status !== 'gone') this.update({ status: 'offline' });
  };

  /** Closes the connection; queued messages are rejected. */
  close = (): void => {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.socket.disconnect();
    for (const entry of this.pending.splice(0)) entry.reject(new RoomMessageRefused('gone', 'The connection was closed.'));
    this.update({ status: 'offline', pending: 0 });
  };

  private onSnapshot(snapshot: RoomSnapshotMessage): void {
    this.confirmed = snapshot.state;
    this.view = { ...this.view, role: snapshot.role, seq: snapshot.seq, status: 'online', error: undefined };
    for (const entry of this.pending) this.socket.emit(ROOM_SOCKET_EVENTS.message, entry.message);
    this.refresh();
  }

  private onEvent({ seq, event }: RoomEventMessage): void {
    if (!this.confirmed || seq <= this.view.seq) return;
    this.confirmed = applyRoomEvent(this.confirmed, event);
    this.view = { ...this.view, seq };
    this.refresh();
  }

  private onPointer(pointer: RoomPointerMessage): void {
    const at = this.now().getTime();
    const pointers = Object.fromEntries(Object.entries(this.view.pointers).filter(([, kept]) => at - kept.at < POINTER_STALE_MS));
    pointers[pointer.from] = { ...pointer, at };
    this.update({ pointers });
  }

  private onServerError(error: RoomErrorMessage): void {
    if (error.code === 'room-not-found' || error.code === 'room-gone') this.goGone(error);
    else this.update({ error });
  }

  private goGone(error: RoomErrorMessage): void {
    if (this.retry) clearTimeout(this.retry);
    for (const entry of this.pending.splice(0)) entry.reject(new RoomMessageRefused('gone', error.message));
    this.update({ status: 'gone', error, pending: 0 });
  }

  private scheduleReconnect(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      if (!this.closed && this.view.status !== 'gone') this.socket.connect();
    }, RECONNECT_AFTER_ERROR_MS);
  }

  private settle(clientMsgId: string, settle: (entry: Pending) => void): void {
    const index = this.pending.findIndex((entry) => entry.message.clientMsgId === clientMsgId);
    if (index < 0) return;
    const [entry] = this.pending.splice(index, 1);
    if (entry) settle(entry);
    this.refresh();
  }

  /** Recomputes the shown state: the server's, with the queued messages applied as the server would. */
  private refresh(): void {
    const role = this.view.role;
    let state = this.confirmed;
    if (state && role) {
      const now = this.now();
      for (const entry of this.pending) {
        const decision = decideRoomMessage(state, entry.message, role, { now, newId: () => `pending-${entry.message.clientMsgId}` });
        if (decision.ok) state = applyRoomEvents(state, decision.events);
      }
    }
    this.update({ state, pending: this.pending.length });
  }

  private update(patch: Partial<RoomView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
