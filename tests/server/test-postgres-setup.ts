// Vitest globalSetup (vitest.config.ts): gives the run one folder for a throwaway PostgreSQL cluster.
// The cluster itself starts lazily, in the first test file that asks for a database
// (tests/server/test-postgres.ts), so runs without Postgres tests pay nothing; teardown stops it
// and deletes the folder, and prints the one line saying Postgres tests were skipped, if they were.
// A run that was killed before its teardown leaves its cluster running: the next run stops it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { POSTGRES_INSTALL_HINT, stopThrowawayCluster } from './throwaway-postgres';
import { OWNER_FILE, READY_FILE, SKIPPED_FILE } from './test-postgres-files';

/** The prefix of every run's folder in the temporary directory. */
const RUN_DIR_PREFIX = 'sdt-test-postgres-';
/** A run's folder without its owner's pid (still starting, or from an older harness) is left alone this long. */
const UNOWNED_GRACE_MS = 6 * 60 * 60 * 1000;

/** Creates the run's folder and provides it to the test files as `testPostgresRunDir`; returns the teardown. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = mkdtempSync(path.join(tmpdir(), RUN_DIR_PREFIX));
  writeFileSync(path.join(runDir, OWNER_FILE), String(process.pid));
  project.provide('testPostgresRunDir', runDir);
  await sweepAbandonedRuns(tmpdir(), runDir);
  return async () => {
    if (existsSync(path.join(runDir, SKIPPED_FILE))) console.log(`PostgreSQL tests skipped: no PostgreSQL server found; ${POSTGRES_INSTALL_HINT}.`);
    await removeRun(runDir);
  };
}

/** Stops the run's cluster if one started, and deletes its folder. */
async function removeRun(runDir: string): Promise<void> {
  const ready = path.join(runDir, READY_FILE);
  if (existsSync(ready)) {
    const { binDir } = JSON.parse(readFileSync(ready, 'utf8')) as { binDir: string };
    await stopThrowawayCluster(binDir, runDir);
  } else {
    rmSync(runDir, { recursive: true, force: true });
  }
}

/** Whether a process with this id is running (EPERM: it is, as another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Stops and deletes the clusters of earlier runs whose vitest process is gone (killed before its
 * teardown). Best effort: a folder it cannot read or remove is left for the next run.
 */
export async function sweepAbandonedRuns(dir: string, keep: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of readdirSync(dir).filter((entry) => entry.startsWith(RUN_DIR_PREFIX))) {
    const runDir = path.join(dir, name);
    if (runDir === keep) continue;
    try {
      const owner = path.join(runDir, OWNER_FILE);
      const abandoned = existsSync(owner) ? !isRunning(Number(readFileSync(owner, 'utf8'))) : Date.now() - statSync(runDir).mtimeMs > UNOWNED_GRACE_MS;
      if (!abandoned) continue;
      await removeRun(runDir);
      removed.push(runDir);
    } catch {
      // Another run may be removing it at the same moment.
    }
  }
  return removed;
}
