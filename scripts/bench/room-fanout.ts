import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { percentile } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';
import { ROOM_SOCKET_EVENTS, ROOM_SOCKET_PATH } from '../../lib/rooms/room-messages';
import type { RoomEventMessage } from '../../lib/rooms/room-messages';

const ROOMS = 50;
/** Canvas edits each candidate makes: a diagram of this many elements, drawn one edit at a time. */
const EDITS_PER_ROOM = 40;
/** Pause between one candidate's edits, in ms: 10 scene updates a second, what a client throttled to 100 ms sends while dragging. */
const EDIT_GAP_MS = 100;

const round = (value: number) => Math.round(value * 1000) / 1000;

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = path.resolve('scripts/bench/room-fanout-server.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], { env: { ...process.env, ROOMS_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /ready (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`the room-fanout server exited with ${code}`)));
  });
}

async function probe(url: string): Promise<{ heapUsed: number; cpuMs: number }> {
  return (await (await fetch(`${url}/bench/memory`)).json()) as { heapUsed: number; cpuMs: number };
}

function connect(url: string, roomId: string, token: string): Promise<Socket> {
  const socket = io(url, { path: ROOM_SOCKET_PATH, transports: ['websocket'], auth: { roomId, token }, forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once(ROOM_SOCKET_EVENTS.snapshot, () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * `room-fanout`: 50 rooms of 3 clients (interviewer, candidate, observer) on loopback against a rooms
 * server in its own process. Each candidate draws 40 elements; the latency is from the candidate's
 * send to the interviewer receiving the event (p50/p95 over every edit), and the memory is the
 * server's heap growth per room after a GC, with the rooms loaded and their clients connected. The
 * server's CPU time per edit (joins included) tells a slow machine from a slow server.
 */
export async function benchRoomFanout(): Promise<BenchResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'room-fanout-'));
  const { child, url } = await startServer(dataDir);
  const sockets: Socket[] = [];
  try {
    const before = await probe(url);
    const rooms = await Promise.all(
      Array.from({ length: ROOMS }, async () => {
        const response = await fetch(`${url}/api/rooms`, { method: 'POST', body: JSON.stringify({ caseSlug: 'ecommerce-data-platform', lengthMinutes: 45 }) });
        const { roomId, links } = (await response.json()) as { roomId: string; links: Record<string, string> };
        const token = (role: string) => new URL(links[role] ?? '', url).searchParams.get('t') ?? '';
        const [interviewer, candidate, observer] = await Promise.all([connect(url, roomId, token('interviewer')), connect(url, roomId, token('candidate')), connect(url, roomId, token('observer'))]);
        sockets.push(interviewer!, candidate!, observer!);
        return { interviewer: interviewer!, candidate: candidate! };
      }),
    );
    const samples: number[] = [];
    await Promise.all(
      rooms.map(async ({ interviewer, candidate }, roomIndex) => {
        const sentAt = new Map<string, number>();
        interviewer.on(ROOM_SOCKET_EVENTS.event, ({ event }: RoomEventMessage) => {
          if (event.type !== 'scene:updated') return;
          for (const element of event.elements) {
            const start = sentAt.get(element.id);
            if (start !== undefined) samples.push(performance.now() - start);
          }
        });
        // Stagger the rooms so their edits interleave as in real use rather than in lockstep.
        await new Promise((resolve) => setTimeout(resolve, (roomIndex * EDIT_GAP_MS) / ROOMS));
        for (let edit = 0; edit < EDITS_PER_ROOM; edit += 1) {
          const id = `el-${roomIndex}-${edit}`;
          const element = { id, type: 'rectangle', version: 1, versionNonce: edit, index: `a${String(edit).padStart(3, '0')}`, x: edit * 20, y: 40, width: 160, height: 80, strokeColor: '#1e1e1e', backgroundColor: 'transparent', boundElements: null, isDeleted: false };
          sentAt.set(id, performance.now());
          candidate.emit(ROOM_SOCKET_EVENTS.message, { type: 'scene:update', clientMsgId: id, elements: [element] });
          await new Promise((resolve) => setTimeout(resolve, EDIT_GAP_MS));
        }
      }),
    );
    const deadline = Date.now() + 10_000;
    while (samples.length < ROOMS * EDITS_PER_ROOM && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const after = await probe(url);
    samples.sort((a, b) => a - b);
    return {
      name: 'room-fanout',
      p50_ms: round(percentile(samples, 0.5)),
      p95_ms: round(percentile(samples, 0.95)),
      n: samples.length,
      memory_mb_per_room: round((after.heapUsed - before.heapUsed) / ROOMS / 1024 / 1024),
      server_cpu_ms_per_edit: round((after.cpuMs - before.cpuMs) / (ROOMS * EDITS_PER_ROOM)),
    };
  } finally {
    for (const socket of sockets) socket.close();
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
