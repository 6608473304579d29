// The file names shared by the test-Postgres globalSetup and the test files, inside the run's folder.

/** Written (atomically) by the test file that started the cluster: `{ adminUrl, binDir }`. */
export const READY_FILE = 'ready.json';
/** Written when the cluster could not start: the error message. */
export const FAILED_FILE = 'failed.txt';
/** A folder created by the one test file that starts the cluster (mkdir is atomic across processes). */
export const LOCK_DIR = 'starting.lock';
/** The pid of the vitest process that owns the run, so a later run can tell an abandoned cluster. */
export const OWNER_FILE = 'owner.pid';
/** Written when a Postgres suite was skipped for want of a server (outside CI). */
export const SKIPPED_FILE = 'skipped';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this vitest run's throwaway PostgreSQL cluster (tests/server/test-postgres-setup.ts). */
    testPostgresRunDir: string;
  }
}
