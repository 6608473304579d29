import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES } from '../lib/interview/interview-schema';
import { ROOM_ROLES } from '../lib/rooms/room-role';
import type { RoomRole } from '../lib/rooms/room-role';
import { ROOM_ID_PATTERN } from '../lib/rooms/room-limits';
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

/**
 * The rooms' HTTP API, in front of Next's handler: `POST /api/rooms` `{ caseSlug, lengthMinutes }` ->
 * 201 `{ roomId, links }`; `POST /api/rooms/<id>/close` with `authorization: Bearer <interviewer
 * token>` -> 204, or 404 for a wrong token exactly as for a missing room. Resolves true when it
 * answered the request, false to let Next answer it.
 */
export function createRoomsHttpHandler(hub: RoomHub, log: (line: string) => void = () => undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const close = CLOSE_PATH.exec(pathname);
    if (pathname !== '/api/rooms' && !close) return false;
    try {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        res.end();
        return true;
      }
      if (close) {
        const roomId = decodeURIComponent(close[1] ?? '');
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const closed = ROOM_ID_PATTERN.test(roomId) && (await hub.close(roomId, token));
        if (!closed) return sendJson(res, 404, { error: 'There is no such room.' }), true;
        res.writeHead(204);
        res.end();
        return true;
      }
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
        sendJson(res, 500, { error: 'The room could not be created.' });
      }
      return true;
    }
  };
}
