import pg from 'pg';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { summarizeRoomsLoad } from '../../lib/bench/rooms-load-report';
import type { RoomsLoadErrorKind, RoomsLoadReport } from '../../lib/bench/rooms-load-report';
import { ROOM_SOCKET_EVENTS, ROOM_SOCKET_PATH } from '../../lib/rooms/room-messages';
import type { RoomAckMessage, RoomErrorMessage, RoomEventMessage, RoomRefusedMessage, RoomSnapshotMessage } from '../../lib/rooms/room-messages';
import type { RoomRole } from '../../lib/rooms/room-role';

/** The candidate's pace: one canvas edit about every second (a person dragging and drawing, throttled). */
const EDIT_EVERY_MS = 1_000;
/** The candidate asks a question about every 20 s; the interviewer replies after REPLY_AFTER_MS and notes every 15 s. */
const QUESTION_EVERY_MS = 20_000;
const REPLY_AFTER_MS = 300;
const NOTE_EVERY_MS = 15_000;
/** Elements each candidate keeps redrawing (so a long run stays a realistic diagram size). */
const ELEMENTS_PER_ROOM = 20;
/** Rooms created or clients connected at once while setting up. */
const SETUP_CONCURRENCY = 10;
/** How long to wait after the last edit for outstanding acks and deliveries before counting them lost. */
const DRAIN_MS = 10_000;
/** Tables the rooms keep, counted per room at the end. */
const ROOM_TABLES = { rooms: 'id', room_tokens: 'room_id', room_events: 'room_id', room_snapshots: 'room_id' } as const;

export type RoomsLoadOptions = {
  /** The two instances' base URLs (loopback; the caller checks). Each room's candidate and interviewer join different ones. */
  urls: readonly [string, string];
  rooms: number;
  seconds: number;
  /** The database both instances use, for counting the rows the run left. */
  databaseUrl: string;
  log?: (line: string) => void;
};

type Client = { socket: Socket; role: RoomRole; room: number; lastSeq: number };

/**
 * Runs `rooms` rooms of three clients across two instances for `seconds` of scripted work: the
 * candidate (on one instance) edits the canvas every second and asks a question every 20 s, the
 * interviewer (on the other) replies to each question and notes every 15 s, an observer watches from
 * either. Measures fan-out from the send on one instance to the receipt by a client of the other; counts
 * every refusal, lost ack, missed delivery and out-of-order or repeated seq as an error; then counts the
 * rows left in the database per room.
 */
export async function runRoomsLoad(options: RoomsLoadOptions): Promise<RoomsLoadReport> {
  const log = options.log ?? (() => undefined);
  const errors: { kind: RoomsLoadErrorKind; detail: string }[] = [];
  const fail = (kind: RoomsLoadErrorKind, detail: string) => errors.push({ kind, detail });
  const canvasMs: number[] = [];
  const replyMs: number[] = [];
  const pendingAcks = new Map<string, string>();
  const canvasSent = new Map<string, number>();
  const replySent = new Map<string, number>();
  let sent = 0;
  let acked = 0;
  let messageCount = 0;
  /** While the scripted work runs: replies are sent and a disconnect is an error. */
  let running = false;
  const clients: Client[] = [];

  const send = (client: Client, message: Record<string, unknown>) => {
    const clientMsgId = `load-${client.room}-${client.role}-${(messageCount += 1)}`;
    pendingAcks.set(clientMsgId, `room ${client.room} ${client.role} ${String(message.type)}`);
    sent += 1;
    client.socket.emit(ROOM_SOCKET_EVENTS.message, { ...message, clientMsgId });
  };

  log(`rooms load: creating ${options.rooms} rooms`);
  const created = await inBatches(options.rooms, async (index) => {
    const url = options.urls[index % 2]!;
    const response = await fetch(`${url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseSlug: 'ecommerce-data-platform', lengthMinutes: 45 }) });
    if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}`);
    const body = (await response.json()) as { roomId: string; links: Record<string, string> };
    const token = (role: string) => new URL(body.links[role] ?? '', url).searchParams.get('t') ?? '';
    return { roomId: body.roomId, tokens: { candidate: token('candidate'), interviewer: token('interviewer'), observer: token('observer') } };
  });
  const rooms = created.flatMap((outcome, index) => {
    if (outcome.ok) return [{ index, ...outcome.value }];
    fail('connect', `room ${index}: ${outcome.error}`);
    return [];
  });

  log(`rooms load: connecting ${rooms.length * 3} clients`);
  const seats = rooms.flatMap((room) => (['candidate', 'interviewer', 'observer'] as const).map((role) => ({ room, role })));
  const connected = await inBatches(seats.length, async (index) => {
    const { room, role } = seats[index]!;
    // As a load balancer would spread them: half the rooms have their candidate on A and interviewer on B, half
    // the other way round; observers alternate too. So every edit crosses instances and both instances write.
    const side = room.index % 2;
    const url = options.urls[role === 'candidate' ? side : role === 'interviewer' ? 1 - side : Math.floor(room.index / 2) % 2]!;
    return connect(url, room.roomId, room.tokens[role], role, room.index);
  });
  connected.forEach((outcome, index) => {
    if (outcome.ok) clients.push(outcome.value);
    else fail('connect', `room ${seats[index]!.room.index} ${seats[index]!.role}: ${outcome.error}`);
  });

  const byRoom = new Map<number, Partial<Record<RoomRole, Client>>>();
  for (const client of clients) byRoom.set(client.room, { ...byRoom.get(client.room), [client.role]: client });

  for (const client of clients) {
    client.socket.on(ROOM_SOCKET_EVENTS.event, ({ seq, event }: RoomEventMessage) => {
      // The interviewer gets every seq; the candidate and observer get fewer (interviewer-only events are withheld), never one twice or backwards.
      if (client.role === 'interviewer' ? seq !== client.lastSeq + 1 : seq <= client.lastSeq) fail('out-of-order', `room ${client.room} ${client.role}: seq ${seq} after ${client.lastSeq}`);
      client.lastSeq = Math.max(client.lastSeq, seq);
      const now = performance.now();
      if (client.role === 'interviewer' && event.type === 'scene:updated') {
        for (const element of event.elements) {
          const key = `${client.room}/${element.id}@${element.version}`;
          const start = canvasSent.get(key);
          if (start !== undefined) {
            canvasMs.push(now - start);
            canvasSent.delete(key);
          }
        }
      }
      if (client.role === 'interviewer' && event.type === 'question:asked' && running) {
        const questionId = event.question.id;
        setTimeout(() => {
          if (!running) return;
          replySent.set(`${client.room}/${questionId}`, performance.now());
          send(client, { type: 'question:reply', questionId, text: `Reply to ${questionId.slice(0, 8)}.`, how: 'written' });
        }, REPLY_AFTER_MS);
      }
      if (client.role === 'candidate' && event.type === 'question:replied') {
        const key = `${client.room}/${event.questionId}`;
        const start = replySent.get(key);
        if (start !== undefined) {
          replyMs.push(now - start);
          replySent.delete(key);
        }
      }
    });
    client.socket.on(ROOM_SOCKET_EVENTS.ack, ({ clientMsgId }: RoomAckMessage) => {
      if (pendingAcks.delete(clientMsgId)) acked += 1;
    });
    client.socket.on(ROOM_SOCKET_EVENTS.refused, (refused: RoomRefusedMessage) => {
      pendingAcks.delete(refused.clientMsgId);
      fail('refused', `room ${client.room} ${client.role}: ${refused.code}: ${refused.message}`);
    });
    client.socket.on(ROOM_SOCKET_EVENTS.error, (error: RoomErrorMessage) => fail('socket-error', `room ${client.room} ${client.role}: ${error.code}: ${error.message}`));
    client.socket.on('disconnect', (reason) => {
      if (running) fail('socket-error', `room ${client.room} ${client.role}: disconnected (${reason})`);
    });
  }

  log(`rooms load: running ${options.seconds} s`);
  running = true;
  const timers: NodeJS.Timeout[] = [];
  const every = (first: number, gap: number, work: () => void) => {
    const tick = () => {
      if (!running) return;
      work();
      timers.push(setTimeout(tick, gap * (0.7 + Math.random() * 0.6)));
    };
    timers.push(setTimeout(tick, first));
  };
  for (const [room, seated] of byRoom) {
    const { candidate, interviewer } = seated;
    if (interviewer) send(interviewer, { type: 'clock:start' });
    if (candidate) {
      let edits = 0;
      every(Math.random() * EDIT_EVERY_MS, EDIT_EVERY_MS, () => {
        edits += 1;
        const slot = edits % ELEMENTS_PER_ROOM;
        const element = { id: `el-${slot}`, type: 'rectangle', version: edits, versionNonce: edits, index: `a${String(slot).padStart(3, '0')}`, x: slot * 40, y: edits % 300, width: 160, height: 80 };
        canvasSent.set(`${room}/${element.id}@${element.version}`, performance.now());
        send(candidate, { type: 'scene:update', elements: [element] });
      });
      every(QUESTION_EVERY_MS * Math.random(), QUESTION_EVERY_MS, () => send(candidate, { type: 'question:ask', text: `How many events a day, estimate ${(edits % 9) + 1}?` }));
    }
    if (interviewer) every(NOTE_EVERY_MS * Math.random(), NOTE_EVERY_MS, () => send(interviewer, { type: 'note:add', text: 'Candidate sized the topic partitions.' }));
  }
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1_000));
  running = false;
  for (const timer of timers) clearTimeout(timer);

  const drainUntil = Date.now() + DRAIN_MS;
  while ((pendingAcks.size > 0 || canvasSent.size > 0 || replySent.size > 0) && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 50));
  for (const what of pendingAcks.values()) fail('unacked', what);
  for (const key of canvasSent.keys()) fail('missed', `canvas edit ${key} never reached the interviewer`);
  for (const key of replySent.keys()) fail('missed', `reply ${key} never reached the candidate`);
  for (const client of clients) client.socket.close();

  const rowsByTable = await countRows(options.databaseUrl, rooms.map((room) => room.roomId));
  return summarizeRoomsLoad({ rooms: options.rooms, clientsPerRoom: 3, seconds: options.seconds, instances: 2, canvasMs, replyMs, sent, acked, errors, rowsByTable });
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `work(0..count-1)` SETUP_CONCURRENCY at a time; each outcome kept in order, failures as messages. */
async function inBatches<T>(count: number, work: (index: number) => Promise<T>): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  for (let start = 0; start < count; start += SETUP_CONCURRENCY) {
    const batch = Array.from({ length: Math.min(SETUP_CONCURRENCY, count - start) }, (_, offset) =>
      work(start + offset).then(
        (value): Outcome<T> => ({ ok: true, value }),
        (error: unknown): Outcome<T> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      ),
    );
    outcomes.push(...(await Promise.all(batch)));
  }
  return outcomes;
}

function connect(url: string, roomId: string, token: string, role: RoomRole, room: number): Promise<Client> {
  const socket = io(url, { path: ROOM_SOCKET_PATH, transports: ['websocket'], auth: { roomId, token }, forceNew: true, reconnection: false, timeout: 20_000 });
  return new Promise((resolve, reject) => {
    socket.once(ROOM_SOCKET_EVENTS.snapshot, (snapshot: RoomSnapshotMessage) => resolve({ socket, role, room, lastSeq: snapshot.seq }));
    socket.once('connect_error', (error: Error) => {
      socket.close();
      reject(error);
    });
  });
}

async function countRows(databaseUrl: string, roomIds: readonly string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const [table, column] of Object.entries(ROOM_TABLES)) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table} WHERE ${column} = ANY($1)`, [roomIds]);
      counts[table] = Number(rows[0]?.count ?? 0);
    }
    return counts;
  } finally {
    await client.end();
  }
}
