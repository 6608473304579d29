import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, withDatabase } from './test-postgres';
import type { TestDatabase } from './test-postgres';
import { OWNER_FILE } from './test-postgres-files';
import { sweepAbandonedRuns } from './test-postgres-setup';
import { findPostgresBinDir } from './throwaway-postgres';

describe('findPostgresBinDir', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pg-bins-'));
    for (const dir of ['path-bin', 'debian/13/bin', 'debian/15/bin', 'debian/16/bin', 'half/bin']) mkdirSync(path.join(root, dir), { recursive: true });
    for (const dir of ['path-bin', 'debian/13/bin', 'debian/15/bin']) for (const name of ['initdb', 'pg_ctl', 'postgres']) writeFileSync(path.join(root, dir, name), '');
    writeFileSync(path.join(root, 'half/bin/initdb'), '');
    writeFileSync(path.join(root, 'debian/16/bin/initdb'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes PATH first, then the newest complete Debian version, else nothing', () => {
    const debian = path.join(root, 'debian');
    expect(findPostgresBinDir({ PATH: [path.join(root, 'half/bin'), path.join(root, 'path-bin')].join(path.delimiter) }, debian)).toBe(path.join(root, 'path-bin'));
    expect(findPostgresBinDir({ PATH: path.join(root, 'half/bin') }, debian)).toBe(path.join(debian, '15', 'bin'));
    expect(findPostgresBinDir({ PATH: '' }, path.join(root, 'nowhere'))).toBeUndefined();
  });

  it('puts a database name into a URL, keeping the rest', () => {
    expect(withDatabase('postgres://app:secret@db.example:5433/postgres?sslmode=require', 'test_ab')).toBe('postgres://app:secret@db.example:5433/test_ab?sslmode=require');
  });
});

describe('sweepAbandonedRuns', () => {
  it('removes the runs whose vitest process is gone, and only those', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'pg-sweep-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const make = (name: string, owner?: number) => {
      const dir = path.join(tmp, name);
      mkdirSync(path.join(dir, 'data'), { recursive: true });
      if (owner !== undefined) writeFileSync(path.join(dir, OWNER_FILE), String(owner));
      return dir;
    };
    const abandoned = make('sdt-test-postgres-dead', dead);
    const alive = make('sdt-test-postgres-alive', process.pid);
    const starting = make('sdt-test-postgres-starting');
    const stale = make('sdt-test-postgres-stale');
    const dayAgo = new Date(Date.now() - 24 * 3_600_000);
    utimesSync(stale, dayAgo, dayAgo);
    const ours = make('sdt-test-postgres-ours', dead);
    const other = make('someone-elses-folder', dead);
    try {
      expect((await sweepAbandonedRuns(tmp, ours)).sort()).toEqual([abandoned, stale]);
      expect([abandoned, alive, starting, stale, ours, other].map((dir) => existsSync(dir))).toEqual([false, true, true, false, true, true]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describePostgres('createTestDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  it('gives each caller an empty database of its own', async () => {
    expect(first.name).not.toBe(second.name);
    const a = new pg.Client({ connectionString: first.url });
    const b = new pg.Client({ connectionString: second.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query('CREATE TABLE only_here (n int)');
      const seen = await b.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'only_here'");
      expect(seen.rows[0]).toEqual({ n: 0 });
      expect((await a.query('SELECT current_database() AS name')).rows[0]).toEqual({ name: first.name });
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('drops a database even with a connection still open', async () => {
    const extra = await createTestDatabase();
    const client = new pg.Client({ connectionString: extra.url });
    client.on('error', () => undefined);
    await client.connect();
    await extra.drop();
    const admin = new pg.Client({ connectionString: first.url });
    await admin.connect();
    try {
      const left = await admin.query('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [extra.name]);
      expect(left.rows[0]).toEqual({ n: 0 });
    } finally {
      await admin.end();
      await client.end().catch(() => undefined);
    }
  });
});
