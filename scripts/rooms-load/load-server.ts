// One app instance for `npm run rooms:load` (rooms only, no Next), in its own process: DATABASE_URL and
// PORT from the environment (0: any free port); prints `ready <port>` once listening on 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBareRoomsServer } from '../../server/bare-rooms-server';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('rooms load server: DATABASE_URL is not set.\n');
  process.exit(2);
}
const { port, runtime, server } = await startBareRoomsServer({
  dataDir: mkdtempSync(path.join(tmpdir(), 'rooms-load-')),
  databaseUrl,
  ttlDays: 1,
  port: Number(process.env.PORT ?? 0),
  // The run creates hundreds of rooms from one address in seconds; the per-address limit is not under test.
  http: { roomsPerMinute: 60_000, roomCreateBurst: 1_000 },
  log: (line) => process.stderr.write(`${line}\n`),
});
// SIGTERM closes the instance (its connections, pools and notices) before exiting.
process.once('SIGTERM', () => {
  void runtime.close().finally(() => server.close(() => process.exit(0)));
});
process.stdout.write(`ready ${port}\n`);
