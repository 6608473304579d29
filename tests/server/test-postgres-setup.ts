// Vitest globalSetup (vitest.config.ts): gives the run one folder for a throwaway PostgreSQL cluster.
// The cluster itself starts lazily, in the first test file that asks for a database
// (tests/server/test-postgres.ts), so runs without Postgres tests pay nothing; teardown stops it
// and deletes the folder, and prints the one line saying Postgres tests were skipped, if they were.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { POSTGRES_INSTALL_HINT, stopThrowawayCluster } from './throwaway-postgres';
import { READY_FILE, SKIPPED_FILE } from './test-postgres-files';

/** Creates the run's folder and provides it to the test files as `testPostgresRunDir`; returns the teardown. */
export function setup(project: TestProject): () => Promise<void> {
  const runDir = mkdtempSync(path.join(tmpdir(), 'sdt-test-postgres-'));
  project.provide('testPostgresRunDir', runDir);
  return async () => {
    if (existsSync(path.join(runDir, SKIPPED_FILE))) console.log(`PostgreSQL tests skipped: no PostgreSQL server found; ${POSTGRES_INSTALL_HINT}.`);
    const ready = path.join(runDir, READY_FILE);
    if (existsSync(ready)) {
      const { binDir } = JSON.parse(readFileSync(ready, 'utf8')) as { binDir: string };
      await stopThrowawayCluster(binDir, runDir);
    } else {
      rmSync(runDir, { recursive: true, force: true });
    }
  };
}
