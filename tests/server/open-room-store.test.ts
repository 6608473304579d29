import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareRoomsServer } from '@/server/bare-rooms-server';
import { roomsConfigFromEnv } from '@/server/rooms-runtime';
import { databaseUrlFromEnv, describeRoomStore, openRoomStore } from '@/server/storage/open-room-store';
import { PostgresRoomStore } from '@/server/storage/postgres-room-store';
import { SqliteRoomStore } from '@/server/storage/sqlite-room-store';
import { createRoomOver } from './rooms-test-server';
import { createTestDatabase, describePostgres } from './test-postgres';
import type { TestDatabase } from './test-postgres';

describe('choosing the rooms store from the environment', () => {
  it('uses Postgres only when DATABASE_URL is a postgres URL', () => {
    expect(roomsConfigFromEnv({ DATABASE_URL: 'postgres://app:pw@db:5432/rooms' })).toEqual({ dataDir: path.resolve('data/rooms'), ttlDays: 14, databaseUrl: 'postgres://app:pw@db:5432/rooms' });
    expect(roomsConfigFromEnv({ DATABASE_URL: ' postgresql://db/rooms ' }).databaseUrl).toBe('postgresql://db/rooms');
    expect('databaseUrl' in roomsConfigFromEnv({})).toBe(false);
    expect('databaseUrl' in roomsConfigFromEnv({ DATABASE_URL: '   ' })).toBe(false);
  });

  it.each([
    ['mysql://app:pw@db/rooms', /not a mysql:\/\/ one/],
    ['app:pw@db/rooms', /not a app:\/\/ one/],
    ['pw with spaces', /not a URL/],
  ])('refuses DATABASE_URL=%j in one line without repeating it', (value, expected) => {
    expect(() => databaseUrlFromEnv(value)).toThrow(expected);
    expect(() => databaseUrlFromEnv(value)).toThrow(/^DATABASE_URL must be a postgres:\/\/ URL/);
    try {
      databaseUrlFromEnv(value);
    } catch (error) {
      expect((error as Error).message).not.toContain('pw');
    }
  });

  it('names where the rooms are kept, never with the password', () => {
    expect(describeRoomStore({ dataDir: '/srv/rooms' })).toBe('SQLite in /srv/rooms');
    expect(describeRoomStore({ dataDir: '/srv/rooms', databaseUrl: 'postgres://app:s3cret@db:5432/rooms?password=s3cret' })).toBe('Postgres postgres://app:***@db:5432/rooms?password=***');
  });

  it('opens SQLite in the data folder when no DATABASE_URL is set', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rooms-open-'));
    const store = await openRoomStore({ dataDir: dir });
    expect(store).toBeInstanceOf(SqliteRoomStore);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops the app at start, in one line and with a non-zero exit, when DATABASE_URL cannot be reached', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('server/index.ts')], {
      env: { ...process.env, DATABASE_URL: 'postgres://app:hunter2@127.0.0.1:1/rooms', PORT: '39517' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // A start that hangs instead of exiting is killed, and fails the test below.
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(guard);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Cannot reach the rooms database postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/rooms: .*ECONNREFUSED/)]);
  });
});

describePostgres('the rooms on Postgres', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('keeps the rooms in Postgres when the server is given a database URL', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rooms-unused-'));
    const { url, runtime } = await startBareRoomsServer({ ...roomsConfigFromEnv({ DATABASE_URL: db.url, ROOMS_DATA_DIR: dataDir }) });
    try {
      expect(runtime.store).toBeInstanceOf(PostgresRoomStore);
      const { roomId } = await createRoomOver(url);
      const other = await PostgresRoomStore.open(db.url);
      expect((await other.listRooms()).map((summary) => summary.roomId)).toEqual([roomId]);
      await other.close();
    } finally {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
