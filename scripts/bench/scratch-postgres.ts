import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, findPostgresBinDir, POSTGRES_INSTALL_HINT, startThrowawayCluster, stopThrowawayCluster } from '../../tests/server/throwaway-postgres';

/**
 * Runs a Postgres benchmark `work` on a scratch database (dropped after): on the server of
 * TEST_DATABASE_URL, or on a throwaway cluster started from the server binaries in a temporary folder
 * (stopped and deleted after), which `work` also gets as `runDir` for its own files. Without either,
 * resolves undefined and writes one line on stderr, `<name> skipped: ...`, saying how to install.
 */
export async function withScratchPostgres<T>(name: string, work: (databaseUrl: string, runDir: string) => Promise<T>): Promise<T | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  const binDir = given ? undefined : findPostgresBinDir();
  if (!given && !binDir) {
    process.stderr.write(`${name} skipped: no PostgreSQL server found; ${POSTGRES_INSTALL_HINT}.\n`);
    return undefined;
  }
  const runDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  try {
    const adminUrl = binDir ? (await startThrowawayCluster(binDir, runDir)).adminUrl : (given ?? '');
    const database = await createScratchDatabase(adminUrl);
    try {
      return await work(database.url, runDir);
    } finally {
      await database.drop();
    }
  } finally {
    if (binDir) await stopThrowawayCluster(binDir, runDir);
    else rmSync(runDir, { recursive: true, force: true });
  }
}
