import type { BenchResult } from '../../lib/bench/measure';
import { startBareRoomsServer } from '../../server/bare-rooms-server';
import { runRoomsLoad } from '../rooms-load/run-load';
import { withScratchPostgres } from './scratch-postgres';

/** The short variant of `npm run rooms:load` (200 rooms x 120 s there): small enough for the default bench. */
const ROOMS = 20;
const SECONDS = 8;

/**
 * `rooms-cluster-fanout`: 20 rooms of 3 clients across two instances on one Postgres for 8 s (the
 * scripted work of scripts/rooms-load/run-load.ts): fan-out latency from the send on one instance to
 * the receipt on the other, errors, and database rows per room. The two instances run in this process
 * (a process start-up costs more than the run); on TEST_DATABASE_URL or a throwaway cluster from the
 * server binaries. Without either, undefined and a line on stderr saying how to install.
 */
export async function benchRoomsCluster(): Promise<BenchResult | undefined> {
  return withScratchPostgres('rooms-cluster-fanout', async (databaseUrl, runDir) => {
    const start = () =>
      startBareRoomsServer({ dataDir: runDir, databaseUrl, ttlDays: 1, http: { roomsPerMinute: 60_000, roomCreateBurst: 1_000 }, log: (line) => process.stderr.write(`${line}\n`) });
    const instances = await Promise.all([start(), start()]);
    try {
      const report = await runRoomsLoad({ urls: [instances[0].url, instances[1].url], rooms: ROOMS, seconds: SECONDS, databaseUrl });
      for (const example of report.errors.examples) process.stderr.write(`rooms-cluster-fanout: ${example}\n`);
      return { name: 'rooms-cluster-fanout', p50_ms: report.fanout.p50_ms, p95_ms: report.fanout.p95_ms, n: report.fanout.n, errors: report.errors.total, db_rows_per_room: report.database.rowsPerRoom.total };
    } finally {
      for (const instance of instances) {
        await instance.runtime.close();
        await new Promise((resolve) => instance.server.close(resolve));
      }
    }
  });
}
