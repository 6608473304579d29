// A PostgreSQL for tests. Each test file asks for its own fresh database:
//
//   import { createTestDatabase, describePostgres } from './test-postgres';
//   describePostgres('my store', () => {
//     let db: TestDatabase;
//     beforeAll(async () => { db = await createTestDatabase(); });
//     afterAll(() => db.drop());
//     ...
//   });
//
// With TEST_DATABASE_URL set (a role allowed to CREATE DATABASE), databases are made there. Otherwise one
// throwaway cluster per vitest run is started by the first file that asks (initdb into the run's temp
// folder, as the `postgres` user when running as root; stopped and deleted by the globalSetup's teardown).
// With no server binaries: outside CI the suites are skipped (one line printed at the end of the run);
// with CI set they fail, saying what to install.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, inject, it } from 'vitest';
import { FAILED_FILE, LOCK_DIR, READY_FILE, SKIPPED_FILE } from './test-postgres-files';
import { createScratchDatabase, findPostgresBinDir, POSTGRES_INSTALL_HINT, startThrowawayCluster } from './throwaway-postgres';

export { withDatabase } from './throwaway-postgres';

/** A database of its own for one test file: its URL, and `drop()` to delete it (connections are closed by force). */
export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** How the tests reach PostgreSQL: a given server, a throwaway cluster from these binaries, or none at all. */
export type TestPostgresSupport = { kind: 'url'; url: string } | { kind: 'binaries'; binDir: string } | { kind: 'missing' };

/** What this machine offers for the Postgres tests (TEST_DATABASE_URL first, then server binaries). */
export function testPostgresSupport(env: Readonly<Record<string, string | undefined>> = process.env): TestPostgresSupport {
  if (env.TEST_DATABASE_URL) return { kind: 'url', url: env.TEST_DATABASE_URL };
  const binDir = findPostgresBinDir(env);
  return binDir ? { kind: 'binaries', binDir } : { kind: 'missing' };
}

/**
 * `describe` for a suite that needs PostgreSQL. With no server: under CI one failing test says what to
 * install (and the suite's own tests are not run); otherwise the suite is skipped and the run ends with
 * one line saying how to install.
 */
export function describePostgres(name: string, body: () => void): void {
  if (testPostgresSupport().kind !== 'missing') {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('has a PostgreSQL server to test against', () => {
        throw new Error(`The PostgreSQL tests need a server and CI is set: ${POSTGRES_INSTALL_HINT}.`);
      });
    });
    return;
  }
  markSkipped();
  describe.skip(name, body);
}

function markSkipped(): void {
  const runDir = providedRunDir();
  if (runDir) writeFileSync(path.join(runDir, SKIPPED_FILE), '');
  else console.log(`PostgreSQL tests skipped: no PostgreSQL server found; ${POSTGRES_INSTALL_HINT}.`);
}

function providedRunDir(): string | undefined {
  try {
    return inject('testPostgresRunDir');
  } catch {
    return undefined;
  }
}

let adminUrlPromise: Promise<string> | undefined;

/** The superuser URL of the server the test databases go in (starting this run's cluster if no file has yet). */
export function testPostgresAdminUrl(): Promise<string> {
  adminUrlPromise ??= resolveAdminUrl();
  return adminUrlPromise;
}

async function resolveAdminUrl(): Promise<string> {
  const support = testPostgresSupport();
  switch (support.kind) {
    case 'url':
      return support.url;
    case 'missing':
      throw new Error(`No PostgreSQL server to test against: ${POSTGRES_INSTALL_HINT}.`);
    case 'binaries':
      return sharedClusterUrl(support.binDir);
  }
}

/** Starts the run's cluster if this is the first file to ask (mkdir lock), else waits for the one starting it. */
async function sharedClusterUrl(binDir: string): Promise<string> {
  const runDir = providedRunDir();
  if (!runDir || !existsSync(runDir)) {
    throw new Error('The test Postgres needs tests/server/test-postgres-setup.ts in vitest.config.ts globalSetup.');
  }
  const ready = path.join(runDir, READY_FILE);
  const failed = path.join(runDir, FAILED_FILE);
  let starter = false;
  try {
    mkdirSync(path.join(runDir, LOCK_DIR));
    starter = true;
  } catch {
    // Another test file is starting the cluster.
  }
  if (starter) {
    try {
      const cluster = await startThrowawayCluster(binDir, runDir);
      writeFileSync(`${ready}.tmp`, JSON.stringify({ adminUrl: cluster.adminUrl, binDir }));
      renameSync(`${ready}.tmp`, ready);
      return cluster.adminUrl;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      writeFileSync(failed, message);
      throw new Error(`Could not start the test PostgreSQL: ${message}`);
    }
  }
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (existsSync(ready)) return (JSON.parse(readFileSync(ready, 'utf8')) as { adminUrl: string }).adminUrl;
    if (existsSync(failed)) throw new Error(`Could not start the test PostgreSQL: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Timed out waiting for another test file to start the test PostgreSQL.');
}

/**
 * A new, empty database with a random name (`test_<hex>`) on the test server, so test files can run in
 * parallel without seeing each other's rows. Throws when there is no server (call it inside
 * `describePostgres`, in `beforeAll`/`beforeEach`). Databases left undropped go with the throwaway cluster.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase(await testPostgresAdminUrl());
}
