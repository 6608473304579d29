import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { RoomClient } from '@/lib/rooms/room-client';
import { ROOM_SOCKET_PATH } from '@/lib/rooms/room-messages';
import type { RoomsSocketOptions } from '@/server/rooms-socket';
import { startBareRoomsServer } from '@/server/bare-rooms-server';
import type { RoomsRuntime } from '@/server/rooms-runtime';

export type TestServer = { url: string; port: number; runtime: RoomsRuntime; stop: () => Promise<void> };

/** The rooms on a bare HTTP server (no Next) on `port` (0: any free one), storing in `dataDir`. */
export async function startTestServer(dataDir: string, options: { port?: number; now?: () => Date; socket?: RoomsSocketOptions } = {}): Promise<TestServer> {
  const { url, port, runtime } = await startBareRoomsServer({ dataDir, ttlDays: 14, now: options.now, socket: options.socket, port: options.port });
  return { url, port, runtime, stop: () => runtime.close() };
}

export type CreatedRoom = { roomId: string; tokens: { interviewer: string; candidate: string; observer: string } };

/** Creates a room through the HTTP API and reads the tokens out of its links. */
export async function createRoomOver(url: string, caseSlug = 'ecommerce-data-platform'): Promise<CreatedRoom> {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseSlug, lengthMinutes: 45 }) });
  if (response.status !== 201) throw new Error(`create room: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { roomId: string; links: Record<string, string> };
  const token = (link: string | undefined) => new URL(link ?? '', url).searchParams.get('t') ?? '';
  return { roomId: body.roomId, tokens: { interviewer: token(body.links.interviewer), candidate: token(body.links.candidate), observer: token(body.links.observer) } };
}

/** A RoomClient with fast reconnection, for tests. */
export function client(url: string, roomId: string, token: string): RoomClient {
  return new RoomClient({ url, roomId, token, socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 300, forceNew: true } });
}

/** A raw socket that records every message it receives, by event name. */
export function recordingSocket(url: string, auth: unknown): { socket: Socket; received: { name: string; payload: unknown }[] } {
  const socket = io(url, { path: ROOM_SOCKET_PATH, transports: ['websocket'], auth: auth as Record<string, unknown>, forceNew: true, reconnection: false });
  const received: { name: string; payload: unknown }[] = [];
  socket.onAny((name: string, payload: unknown) => received.push({ name, payload }));
  return { socket, received };
}

/** Resolves when `predicate` holds, polling; rejects after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The error a socket's connection attempt ends with (its message), or 'connected'. */
export function connectOutcome(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('connect_error', (error: Error) => resolve(error.message));
    socket.once('room:snapshot', () => resolve('connected'));
  });
}
