import { randomUUID } from 'node:crypto';
import { createRoomState } from '../lib/rooms/create-room-state';
import { REMEMBERED_CLIENT_MSG_IDS, SNAPSHOT_EVERY_EVENTS } from '../lib/rooms/room-limits';
import type { ClientMessage, RefusalCode, RoomEvent } from '../lib/rooms/room-messages';
import { applyRoomEvent, applyRoomEvents, closeRoomEvents, decideRoomMessage } from '../lib/rooms/room-reducer';
import type { RoomContext } from '../lib/rooms/room-reducer';
import { ROOM_ROLES } from '../lib/rooms/room-role';
import type { RoomRole } from '../lib/rooms/room-role';
import type { RoomState } from '../lib/rooms/room-state-schema';
import { RoomLogConflictError } from '../lib/rooms/room-store';
import type { RoomStore, StoredRoomEvent } from '../lib/rooms/room-store';
import { generateRoomId, generateRoomToken, hashRoomToken, tokenMatches } from '../lib/rooms/room-token';
import type { RoomLogNotifier } from './room-log-notify';

/**
 * How many times a message is decided after losing the race for the next seq to another app
 * instance (each time on the state caught up from the store) before the sender is refused: with the
 * pauses below, about a second of another instance writing the same room without a break.
 */
export const MAX_APPEND_ATTEMPTS = 12;
/** The longest pause before deciding again after a lost race, in ms: a random pause up to 2^attempt ms, capped here, so two busy writers stop colliding in step. */
const MAX_RETRY_PAUSE_MS = 100;

const pauseBeforeRetry = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_RETRY_PAUSE_MS, 2 ** attempt)));

/** An event as it goes out: its place in the log and the room's state right after it (for projection). */
export type LoggedEvent = { seq: number; event: RoomEvent; after: RoomState };

export type SubmitResult = { ok: true; seq: number; events: LoggedEvent[] } | { ok: false; code: RefusalCode; message: string };

export type RoomHubOptions = {
  store: RoomStore;
  ttlDays: number;
  /** Whether a case exists (rooms are only made for shipped cases). */
  caseExists: (caseSlug: string) => boolean;
  now?: () => Date;
  suggestAnswer?: RoomContext['suggestAnswer'];
  curveballBaseline?: RoomContext['curveballBaseline'];
  curveballFollowUp?: RoomContext['curveballFollowUp'];
  log?: (line: string) => void;
  /**
   * Set when other app instances write to the same store (Postgres, issue 16): the hub publishes each
   * append (unless the store sends the notice in the append's transaction), catches up on the others'
   * notices, and re-reads a room from the store before a client joins.
   */
  notifier?: RoomLogNotifier;
};

type LiveRoom = {
  state: RoomState;
  seq: number;
  snapshotSeq: number;
  /** clientMsgId -> seq of what it produced, insertion-ordered and bounded. */
  seen: Map<string, number>;
  /** The tail of this room's work queue: messages of one room are handled one at a time, in order. */
  tail: Promise<unknown>;
  connections: number;
  /** A catch-up is queued and has not started: further notices need no other one. */
  catchUpQueued: boolean;
};

/** Thrown by createRoom for a case that does not exist or a length out of range. */
export class RoomInputError extends Error {
  override name = 'RoomInputError';
}

/**
 * The authoritative rooms of one server process: loads a room from the store on first use, decides
 * and applies each message with the pure reducer, appends the events to the store and only then
 * reports them (so an acknowledged edit is on disk), snapshots every SNAPSHOT_EVERY_EVENTS events,
 * and unloads a room when its last connection leaves. `listen` receives every logged event in order.
 * Several instances may hold one room (Postgres, issue 16): the store orders each room's log, a lost
 * race is decided again on the caught-up state, and each instance reads the others' events from the
 * store in seq order (on a notice, before a join, after a lost race), so its listeners still get every
 * seq once, in order, whoever wrote it.
 */
export class RoomHub {
  private readonly rooms = new Map<string, Promise<LiveRoom | undefined>>();
  private readonly listeners = new Set<(roomId: string, events: LoggedEvent[]) => void>();
  private readonly now: () => Date;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: RoomHubOptions) {
    this.now = options.now ?? (() => new Date());
    this.unsubscribe = options.notifier?.subscribe({ appended: (roomId, seq) => this.heard(roomId, seq), resync: () => this.resync() }) ?? (() => undefined);
  }

  /** Stops following other instances' notices (the notifier itself is closed by its owner). */
  detach(): void {
    this.unsubscribe();
  }

  /** Registers a listener for logged events; returns the unsubscribe function. */
  listen(listener: (roomId: string, events: LoggedEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Makes a room for a case and returns its id and one fresh token per role (only their hashes are stored). */
  async createRoom(input: { caseSlug: string; lengthMinutes: number }): Promise<{ roomId: string; tokens: Record<RoomRole, string> }> {
    if (!this.options.caseExists(input.caseSlug)) throw new RoomInputError(`There is no case "${input.caseSlug}".`);
    const roomId = generateRoomId();
    const state = createRoomState({ id: roomId, caseSlug: input.caseSlug, lengthMinutes: input.lengthMinutes, now: this.now(), ttlDays: this.options.ttlDays });
    const tokens = Object.fromEntries(ROOM_ROLES.map((role) => [role, generateRoomToken()])) as Record<RoomRole, string>;
    await this.options.store.createRoom(state, ROOM_ROLES.map((role) => ({ role, hash: hashRoomToken(tokens[role]) })));
    return { roomId, tokens };
  }

  /**
   * The role a token opens in a room, or undefined: no such room, expired, or a token of no role of
   * this room (another room's token included) all give the same answer. Every role's hash is
   * compared, in constant time each, so the answer does not hint at which part was wrong.
   */
  async authenticate(roomId: string, token: string): Promise<RoomRole | undefined> {
    const access = await this.options.store.getAccess(roomId);
    if (!access) {
      tokenMatches(token, '0'.repeat(64));
      return undefined;
    }
    let role: RoomRole | undefined;
    for (const record of access.tokens) if (tokenMatches(token, record.hash)) role = record.role;
    if (Date.parse(access.expiresAt) <= this.now().getTime()) return undefined;
    return role;
  }

  /** The room's current state and seq (read up to the store's last seq when instances share it), loading it if needed; undefined when it does not exist. */
  async current(roomId: string): Promise<{ state: RoomState; seq: number } | undefined> {
    const room = await this.load(roomId);
    if (!room) return undefined;
    return this.enqueue(room, async () => {
      if (this.options.notifier) await this.catchUp(roomId, room);
      return { state: room.state, seq: room.seq };
    });
  }

  /**
   * Counts a connection in (the room stays loaded while anyone is in it) and runs `join` inside the
   * room's queue with its current state, so no event can fall between the snapshot a client receives
   * and the events it is sent afterwards. False when the room does not exist.
   */
  async enter(roomId: string, join: (state: RoomState, seq: number) => void): Promise<boolean> {
    const room = await this.load(roomId);
    if (!room) return false;
    room.connections += 1;
    await this.enqueue(room, async () => {
      // Another instance may have appended since this one last heard (a notice in flight, or its sender died first).
      if (this.options.notifier) await this.catchUp(roomId, room);
      join(room.state, room.seq);
    });
    return true;
  }

  /** Counts a connection out; the last one out snapshots and unloads the room. */
  async disconnect(roomId: string): Promise<void> {
    const loading = this.rooms.get(roomId);
    const room = loading ? await loading : undefined;
    if (!room) return;
    room.connections = Math.max(0, room.connections - 1);
    if (room.connections > 0) return;
    await this.enqueue(room, async () => {
      if (room.connections > 0) return;
      try {
        if (room.seq > room.snapshotSeq) await this.options.store.saveSnapshot(roomId, room.seq, room.state);
        room.snapshotSeq = room.seq;
      } finally {
        // Unloaded even when the snapshot failed (a room deleted meanwhile): the store has the log.
        if (room.connections === 0 && this.rooms.get(roomId) === loading) this.rooms.delete(roomId);
      }
    });
  }

  /**
   * Handles one client message: a message id already seen (here or, read back from the store, on
   * another instance) is acknowledged with its first seq and not applied again; otherwise the reducer
   * decides, the events are stored, applied and reported. When another instance took the next seq
   * first, the hub catches up from the store and decides again on the fresh state (at most
   * MAX_APPEND_ATTEMPTS times, then a `conflict` refusal: the client may send it again).
   */
  async submit(roomId: string, role: RoomRole, message: ClientMessage): Promise<SubmitResult> {
    const room = await this.load(roomId);
    if (!room) return { ok: false, code: 'not-found', message: 'There is no such room.' };
    return this.enqueue(room, async (): Promise<SubmitResult> => {
      for (let attempt = 1; ; attempt += 1) {
        const seen = room.seen.get(message.clientMsgId);
        if (seen !== undefined) return { ok: true, seq: seen, events: [] };
        const decision = decideRoomMessage(room.state, message, role, {
          now: this.now(),
          newId: () => randomUUID(),
          suggestAnswer: this.options.suggestAnswer,
          curveballBaseline: this.options.curveballBaseline,
          curveballFollowUp: this.options.curveballFollowUp,
        });
        if (!decision.ok) return decision;
        try {
          const logged = await this.append(roomId, room, decision.events, message.clientMsgId);
          if (logged.length === 0) this.remember(room, message.clientMsgId, room.seq);
          return { ok: true, seq: room.seq, events: logged };
        } catch (error) {
          if (!(error instanceof RoomLogConflictError)) throw error;
          if (attempt >= MAX_APPEND_ATTEMPTS) return this.busy(roomId, attempt);
          await pauseBeforeRetry(attempt);
          await this.catchUp(roomId, room);
        }
      }
    });
  }

  /** Closes a room if `token` is its interviewer's; false (as for a missing room) otherwise. */
  async close(roomId: string, token: string): Promise<boolean> {
    if ((await this.authenticate(roomId, token)) !== 'interviewer') return false;
    const room = await this.load(roomId);
    if (!room) return false;
    await this.enqueue(room, async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.append(roomId, room, closeRoomEvents(room.state, this.now()));
          return;
        } catch (error) {
          if (!(error instanceof RoomLogConflictError) || attempt >= MAX_APPEND_ATTEMPTS) throw error;
          await pauseBeforeRetry(attempt);
          await this.catchUp(roomId, room);
        }
      }
    });
    return true;
  }

  /** Resolves when every loaded room's queued work (appends, snapshots) is done: before closing the store. */
  async idle(): Promise<void> {
    const rooms = await Promise.all([...this.rooms.values()].map((loading) => loading.catch(() => undefined)));
    await Promise.all(rooms.map((room) => room?.tail));
  }

  /** Deletes expired rooms from the store and forgets the loaded ones; returns their ids. */
  async sweepExpired(): Promise<string[]> {
    const ids = await this.options.store.deleteExpired(this.now());
    for (const id of ids) this.rooms.delete(id);
    return ids;
  }

  /** Another instance stored `roomId`'s log up to `seq`: a loaded room that is behind catches up (one queued catch-up at a time). */
  private heard(roomId: string, seq: number): void {
    const loading = this.rooms.get(roomId);
    if (!loading) return;
    void loading.then((room) => {
      if (!room || room.seq >= seq || room.catchUpQueued) return;
      room.catchUpQueued = true;
      this.enqueue(room, () => {
        room.catchUpQueued = false;
        return this.catchUp(roomId, room);
      }).catch((error: unknown) => this.options.log?.(`rooms: ${roomId}: catch-up failed: ${String(error)}`));
    }, () => undefined);
  }

  /** Notices may have been missed (the listening connection dropped): every loaded room re-reads its log. */
  private resync(): void {
    for (const roomId of this.rooms.keys()) this.heard(roomId, Number.MAX_SAFE_INTEGER);
  }

  /**
   * Reads the events after the room's seq from the store and applies them in order, as if they had
   * been appended here: their message ids are remembered and the listeners get them (so this
   * instance's clients receive them). Runs inside the room's queue.
   */
  private async catchUp(roomId: string, room: LiveRoom): Promise<void> {
    const events = await this.options.store.loadEventsAfter(roomId, room.seq);
    if (!events || events.length === 0) return;
    const logged: LoggedEvent[] = [];
    for (const entry of events) {
      if (entry.seq !== room.seq + 1) throw new Error(`Room ${roomId}: the store returned event ${entry.seq} after ${room.seq}.`);
      room.state = applyRoomEvent(room.state, entry.event);
      room.seq = entry.seq;
      if (entry.clientMsgId) this.remember(room, entry.clientMsgId, entry.seq);
      logged.push({ seq: entry.seq, event: entry.event, after: room.state });
    }
    for (const listener of this.listeners) listener(roomId, logged);
  }

  private busy(roomId: string, attempts: number): SubmitResult {
    this.options.log?.(`rooms: ${roomId}: gave up after ${attempts} attempts: other instances kept writing first`);
    return { ok: false, code: 'conflict', message: `Other edits to this room kept arriving first (${attempts} tries); send it again.` };
  }

  /**
   * Stores the events, then applies them, remembers the message id and tells the listeners. Once the
   * store has them they are the room's history whatever happens next: a failed snapshot is only
   * logged (the next load replays a little more).
   */
  private async append(roomId: string, room: LiveRoom, events: readonly RoomEvent[], clientMsgId?: string): Promise<LoggedEvent[]> {
    if (events.length === 0) return [];
    const stored: StoredRoomEvent[] = events.map((event, offset) => ({ seq: room.seq + 1 + offset, at: event.at, ...(clientMsgId ? { clientMsgId } : {}), event }));
    await this.options.store.appendEvents(roomId, stored);
    this.options.notifier?.publish?.(roomId, stored.at(-1)!.seq);
    const logged: LoggedEvent[] = [];
    for (const entry of stored) {
      room.state = applyRoomEvent(room.state, entry.event);
      room.seq = entry.seq;
      logged.push({ seq: entry.seq, event: entry.event, after: room.state });
    }
    if (clientMsgId) this.remember(room, clientMsgId, room.seq);
    for (const listener of this.listeners) listener(roomId, logged);
    if (room.seq - room.snapshotSeq >= SNAPSHOT_EVERY_EVENTS) {
      try {
        await this.options.store.saveSnapshot(roomId, room.seq, room.state);
        room.snapshotSeq = room.seq;
      } catch (error) {
        this.options.log?.(`rooms: ${roomId}: snapshot at ${room.seq} failed: ${String(error)}`);
      }
    }
    return logged;
  }

  private remember(room: LiveRoom, clientMsgId: string, seq: number): void {
    room.seen.set(clientMsgId, seq);
    if (room.seen.size > REMEMBERED_CLIENT_MSG_IDS) {
      const oldest = room.seen.keys().next().value;
      if (oldest !== undefined) room.seen.delete(oldest);
    }
  }

  private enqueue<T>(room: LiveRoom, work: () => Promise<T>): Promise<T> {
    const result = room.tail.then(work);
    room.tail = result.catch(() => undefined);
    return result;
  }

  private load(roomId: string): Promise<LiveRoom | undefined> {
    let loading = this.rooms.get(roomId);
    if (!loading) {
      loading = this.options.store.loadRoom(roomId, REMEMBERED_CLIENT_MSG_IDS).then((loaded) => {
        if (!loaded) return undefined;
        const state = applyRoomEvents(loaded.snapshot.state, loaded.events.map((stored) => stored.event));
        const seq = loaded.events.at(-1)?.seq ?? loaded.snapshot.seq;
        return {
          state,
          seq,
          snapshotSeq: loaded.snapshot.seq,
          seen: new Map(loaded.recentClientMsgIds.map((entry) => [entry.clientMsgId, entry.seq])),
          tail: Promise.resolve(),
          connections: 0,
          catchUpQueued: false,
        };
      });
      this.rooms.set(roomId, loading);
      loading.then((room) => {
        if (!room && this.rooms.get(roomId) === loading) this.rooms.delete(roomId);
      }, () => this.rooms.delete(roomId));
    }
    return loading;
  }
}
