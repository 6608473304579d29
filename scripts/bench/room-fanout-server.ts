// The rooms server the room-fanout bench measures, in its own process (run with --expose-gc):
// prints `ready <port>`; GET /bench/memory answers the heap after a full GC (bytes) and the CPU time used so far (ms).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBareRoomsServer } from '../../server/bare-rooms-server';

const dataDir = process.env.ROOMS_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'room-fanout-'));
const { port } = await startBareRoomsServer({
  dataDir,
  ttlDays: 1,
  // The bench's scripted clients send faster than a person; the limits are the server's, not under test here.
  socket: { messagesPerSecond: 1_000, messageBurst: 1_000 },
  extra: (req, res) => {
    if (req.url !== '/bench/memory') return false;
    (globalThis as { gc?: () => void }).gc?.();
    res.writeHead(200, { 'content-type': 'application/json' });
    const cpu = process.cpuUsage();
    res.end(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, cpuMs: (cpu.user + cpu.system) / 1000 }));
    return true;
  },
});
process.stdout.write(`ready ${port}\n`);
