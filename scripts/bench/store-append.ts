import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentile } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';
import { createRoomState } from '../../lib/rooms/create-room-state';
import type { RoomStore, StoredRoomEvent } from '../../lib/rooms/room-store';
import { PostgresRoomStore } from '../../server/storage/postgres-room-store';
import { SqliteRoomStore } from '../../server/storage/sqlite-room-store';
import { withScratchPostgres } from './scratch-postgres';

/** Rooms written at once, as on a busy server. */
const ROOMS = 10;
/** Appends per room, one event each, the next sent when the last is committed (as the hub acknowledges). */
const APPENDS_PER_ROOM = 60;
/** Appends per room not counted (connections, caches, JIT). */
const WARMUP = 10;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A canvas edit of a realistic size: a few elements' worth of JSON (about 1.5 kB). */
function edit(seq: number, at: string): StoredRoomEvent {
  const elements = Array.from({ length: 3 }, (_, index) => ({
    id: `el-${seq}-${index}`,
    type: 'rectangle',
    x: seq * 10 + index,
    y: 40,
    width: 160,
    height: 80,
    version: seq,
    versionNonce: seq * 7919 + index,
    text: `Kafka topic orders, partition ${index}`,
  }));
  return { seq, at, clientMsgId: `bench-${seq}`, event: { type: 'scene:updated', at, elements } };
}

/**
 * Times `store.appendEvents` for 10 rooms written at once, each appending 60 single events in turn: the
 * latency per event from the call to its commit (p50/p95 over the counted appends).
 */
async function timeAppends(name: string, store: RoomStore): Promise<BenchResult> {
  const now = new Date();
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: ROOMS }, async (_, roomIndex) => {
      const id = `room-bench-${String(roomIndex).padStart(4, '0')}-aaaaaaaa`;
      await store.createRoom(createRoomState({ id, caseSlug: 'ecommerce-data-platform', lengthMinutes: 45, now, ttlDays: 1 }), []);
      for (let seq = 1; seq <= APPENDS_PER_ROOM; seq += 1) {
        const start = performance.now();
        await store.appendEvents(id, [edit(seq, now.toISOString())]);
        if (seq > WARMUP) samples.push(performance.now() - start);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { name, p50_ms: round(percentile(samples, 0.5)), p95_ms: round(percentile(samples, 0.95)), n: samples.length };
}

/** `store-append-sqlite`: the default store, in a temporary folder. */
export async function benchStoreAppendSqlite(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'store-append-'));
  const store = new SqliteRoomStore(dir);
  try {
    return await timeAppends('store-append-sqlite', store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `store-append-postgres`: the same on PostgresRoomStore, in a scratch database on TEST_DATABASE_URL or
 * on a throwaway cluster started from the server binaries (fsync off, so this measures the store and
 * the round trips, not the disk). Without either, undefined and a line on stderr saying how to install.
 */
export async function benchStoreAppendPostgres(): Promise<BenchResult | undefined> {
  return withScratchPostgres('store-append-postgres', async (databaseUrl) => {
    const store = await PostgresRoomStore.open(databaseUrl);
    try {
      return await timeAppends('store-append-postgres', store);
    } finally {
      await store.close();
    }
  });
}
