import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES } from '../lib/interview/interview-schema';
import { ROOM_ROLES } from '../lib/rooms/room-role';
import type { RoomRole } from '../lib/rooms/room-role';
import { ROOM_CREATE_BURST, ROOM_ID_PATTERN, ROOMS_PER_MINUTE } from '../lib/rooms/room-limits';
import { exportRoom, finalRoomState } from '../lib/rooms/room-export';
import { mayReplay, projectRoomHistory } from '../lib/rooms/room-replay-access';
import type { RoomHistory, RoomStore } from '../lib/rooms/room-store';
import { agreementFromStore } from '../lib/rooms/agreement-report';
import type { AgreementReport } from '../lib/rooms/agreement-report';
import { isRoomsAdmin, roomsAdminTokenHash } from '../lib/rooms/rooms-admin';
import { listCaseSlugs, loadCase } from '../lib/content/load-cases';
import type { Rubric } from '../lib/content/rubric-schema';
import { KeyedTokenBuckets } from './rate-limit';
import { RoomInputError } from './room-hub';
import type { RoomHub } from './room-hub';

/** Largest request body the rooms API reads. */
const MAX_BODY_BYTES = 10_000;

export const createRoomRequestSchema = z.object({
  caseSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  lengthMinutes: z.number().int().min(MIN_INTERVIEW_MINUTES).max(MAX_INTERVIEW_MINUTES),
});

/** `POST /api/rooms` answers this (201). Each link is a path: /rooms/<roomId>?t=<token>. */
export type CreateRoomResponse = { roomId: string; links: Record<RoomRole, string> };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `The request body may be at most ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}

const CLOSE_PATH = /^\/api\/rooms\/([^/]+)\/close$/;
/** `GET /api/rooms/<id>/history` (the replay) and `GET /api/rooms/<id>/export` (the interviewer's file). */
const READ_PATH = /^\/api\/rooms\/([^/]+)\/(history|export)$/;
/** History and export reads a client address may make: this many a minute, in bursts of twice that. */
const READS_PER_MINUTE = 60;

const AGREEMENT_PATH = '/api/rooms/agreement';

/** `GET /api/rooms/agreement` answers this (200) to the admin token: the `rooms agreement --json` report. */
export type RoomsAgreementResponse = AgreementReport;

/** `GET /api/rooms/<id>/history` answers this (200): the role's projection of the room's whole log. */
export type RoomHistoryResponse = { role: RoomRole; history: RoomHistory };

/**
 * The rooms' HTTP API, in front of Next's handler: `POST /api/rooms` `{ caseSlug, lengthMinutes }` ->
 * 201 `{ roomId, links }`; `POST /api/rooms/<id>/close` with `authorization: Bearer <interviewer
 * token>` -> 204, or 404 for a wrong token exactly as for a missing room. Resolves true when it
 * answered the request, false to let Next answer it.
 */
export type RoomsHttpOptions = {
  roomsPerMinute?: number;
  roomCreateBurst?: number;
  log?: (line: string) => void;
  /** The rooms' store, for the replay, export and agreement routes (they answer 404 without it). */
  store?: RoomStore;
  /** Where content/cases is (the agreement report scores each room with its case's rubric). */
  root?: string;
  now?: () => Date;
  /** The SHA-256 of the team's admin token; default from env ROOMS_ADMIN_TOKEN (lib/rooms/rooms-admin.ts). */
  adminTokenHash?: string;
};

/** Answers 405 (naming the one allowed method) when the request's method is not `method`; true when it answered. */
function wrongMethod(req: IncomingMessage, res: ServerResponse, method: 'GET' | 'POST'): boolean {
  if (req.method === method) return false;
  res.writeHead(405, { allow: method });
  res.end();
  return true;
}

/** Answers 429 when the client's address has no token left in `buckets` (one is taken otherwise); true when it answered. */
function overLimit(req: IncomingMessage, res: ServerResponse, buckets: KeyedTokenBuckets): boolean {
  if (buckets.take(req.socket.remoteAddress ?? 'unknown')) return false;
  res.writeHead(429, { 'retry-after': '60' });
  res.end();
  return true;
}

/** The rooms the agreement report links to a replay (its disagreements): the only replays the admin token opens. */
function linkedRooms(report: AgreementReport): Set<string> {
  return new Set(report.steps.flatMap((step) => step.disagreements.map((item) => item.roomId)));
}

function bearerToken(req: IncomingMessage): string {
  return /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

export function createRoomsHttpHandler(hub: RoomHub, options: RoomsHttpOptions = {}) {
  const log = options.log ?? (() => undefined);
  const creations = new KeyedTokenBuckets((options.roomsPerMinute ?? ROOMS_PER_MINUTE) / 60, options.roomCreateBurst ?? ROOM_CREATE_BURST);
  const reads = new KeyedTokenBuckets(READS_PER_MINUTE / 60, READS_PER_MINUTE * 2);
  const now = options.now ?? (() => new Date());
  const adminHash = options.adminTokenHash ?? roomsAdminTokenHash();
  const root = options.root ?? process.cwd();
  const rubrics = new Map<string, Rubric>();
  const rubricFor = (slug: string): Rubric | undefined => {
    if (!rubrics.has(slug) && listCaseSlugs(root).includes(slug)) rubrics.set(slug, loadCase(slug, root).rubric);
    return rubrics.get(slug);
  };
  const notFound = (res: ServerResponse) => (sendJson(res, 404, { error: 'There is no such room.' }), true);
  /** The history, export and agreement routes: GET only, within the reads' rate limit; true when refused (answered). */
  const refusedRead = (req: IncomingMessage, res: ServerResponse) => wrongMethod(req, res, 'GET') || overLimit(req, res, reads);
  /** Whether the admin token may open this room's replay: only when the agreement report links it (README, rooms). */
  const adminMayReplay = async (token: string, roomId: string): Promise<boolean> => {
    if (!options.store || !isRoomsAdmin(token, adminHash)) return false;
    return linkedRooms((await agreementFromStore(options.store, rubricFor)).report).has(roomId);
  };

  /** The history and export routes: the role from the bearer token, then what that role may read. */
  const read = async (req: IncomingMessage, res: ServerResponse, roomId: string, what: 'history' | 'export'): Promise<boolean> => {
    if (refusedRead(req, res)) return true;
    if (!ROOM_ID_PATTERN.test(roomId)) return notFound(res);
    const token = bearerToken(req);
    // The team's admin token reads, as its interviewer would, the replay of a room the agreement report links; no other room, and no export.
    const role = (await hub.authenticate(roomId, token)) ?? (what === 'history' && (await adminMayReplay(token, roomId)) ? 'interviewer' : undefined);
    const history = role && options.store ? await options.store.loadHistory(roomId) : undefined;
    if (!role || !history) return notFound(res);
    if (what === 'export') {
      if (role !== 'interviewer') return notFound(res);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="room-${roomId}.json"`,
      });
      res.end(JSON.stringify(exportRoom(history, now())));
      return true;
    }
    if (!mayReplay(role, finalRoomState(history))) return notFound(res);
    sendJson(res, 200, { role, history: projectRoomHistory(history, role) } satisfies RoomHistoryResponse);
    return true;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const close = CLOSE_PATH.exec(pathname);
    const reading = READ_PATH.exec(pathname);
    if (pathname !== '/api/rooms' && !close && !reading && pathname !== AGREEMENT_PATH) return false;
    try {
      if (pathname === AGREEMENT_PATH) {
        if (refusedRead(req, res)) return true;
        if (!options.store || !isRoomsAdmin(bearerToken(req), adminHash)) return notFound(res);
        const { report } = await agreementFromStore(options.store, rubricFor);
        sendJson(res, 200, report satisfies RoomsAgreementResponse);
        return true;
      }
      if (reading) return await read(req, res, decodeURIComponent(reading[1] ?? ''), reading[2] === 'export' ? 'export' : 'history');
      if (wrongMethod(req, res, 'POST')) return true;
      if (close) {
        const roomId = decodeURIComponent(close[1] ?? '');
        const closed = ROOM_ID_PATTERN.test(roomId) && (await hub.close(roomId, bearerToken(req)));
        if (!closed) return notFound(res);
        res.writeHead(204);
        res.end();
        return true;
      }
      if (overLimit(req, res, creations)) return true;
      const parsed = createRoomRequestSchema.safeParse(await readJson(req));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return sendJson(res, 400, { error: `Expected { caseSlug, lengthMinutes }${issue ? `: ${issue.path.join('.')}: ${issue.message}` : ''}.` }), true;
      }
      const { roomId, tokens } = await hub.createRoom(parsed.data);
      const links = Object.fromEntries(ROOM_ROLES.map((role) => [role, `/rooms/${roomId}?t=${tokens[role]}`])) as Record<RoomRole, string>;
      sendJson(res, 201, { roomId, links } satisfies CreateRoomResponse);
      return true;
    } catch (error) {
      if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
      else if (error instanceof RoomInputError) sendJson(res, 400, { error: error.message });
      else {
        log(`rooms: ${req.method} ${pathname} failed: ${String(error)}`);
        sendJson(res, 500, { error: reading ? 'The room could not be read.' : 'The room could not be created.' });
      }
      return true;
    }
  };
}
