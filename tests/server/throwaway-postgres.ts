import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian and Ubuntu put the server binaries (`postgresql` package); PATH is searched first. */
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';
/** The one line telling a developer how to get the server binaries. */
export const POSTGRES_INSTALL_HINT = 'install the PostgreSQL server (Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql) or set TEST_DATABASE_URL';

/**
 * The folder holding `initdb`, `pg_ctl` and `postgres`: the first PATH entry that has all three, else the
 * newest /usr/lib/postgresql/<major>/bin that has them; undefined when there is none.
 */
export function findPostgresBinDir(env: Readonly<Record<string, string | undefined>> = process.env, debianRoot = DEBIAN_POSTGRES_ROOT): string | undefined {
  const hasAll = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(path.join(dir, name)));
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir && hasAll(dir)) return dir;
  if (!existsSync(debianRoot)) return undefined;
  const majors = readdirSync(debianRoot)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const dir = path.join(debianRoot, major, 'bin');
    if (hasAll(dir)) return dir;
  }
  return undefined;
}

/** A running throwaway cluster: a superuser URL (database `postgres`, trust auth on loopback) and how to stop it. */
export type ThrowawayCluster = { adminUrl: string; dataDir: string; port: number };

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary; as root it runs as the `postgres` user, since PostgreSQL refuses to run as root. */
async function runPg(binDir: string, name: string, args: string[]): Promise<void> {
  const file = path.join(binDir, name);
  try {
    if (isRoot()) await run('runuser', ['-u', 'postgres', '--', file, ...args], { timeout: 120_000 });
    else await run(file, args, { timeout: 120_000 });
  } catch (error) {
    const detail = error as { stderr?: string; message?: string };
    throw new Error(`${name} failed: ${(detail.stderr || detail.message || String(error)).trim()}`);
  }
}

/** A loopback TCP port free at the moment of asking (the cluster start retries if another process takes it first). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Creates and starts a PostgreSQL cluster in `<runDir>/data` for tests: initdb with trust auth and
 * superuser `postgres`, fsync and synchronous commit off (nothing here must survive a crash), listening on
 * a free 127.0.0.1 port and a unix socket in `runDir`. As root, `runDir` is handed to the `postgres` user.
 * Throws with the server's own message when a step fails.
 */
export async function startThrowawayCluster(binDir: string, runDir: string): Promise<ThrowawayCluster> {
  const dataDir = path.join(runDir, 'data');
  if (isRoot()) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
      throw new Error('running as root, and there is no `postgres` user to run the PostgreSQL server as');
    });
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(runDir, Number(stdout.trim()), Number(gid.trim()));
  }
  await runPg(binDir, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const settings = [
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${runDir}'`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 300',
    'shared_buffers = 32MB',
    "log_min_messages = 'warning'",
  ];
  writeFileSync(path.join(dataDir, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    try {
      await runPg(binDir, 'pg_ctl', ['-D', dataDir, '-l', path.join(runDir, 'server.log'), '-o', `-p ${port}`, '-w', '-t', '60', 'start']);
      return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir, port };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Stops the cluster in `<runDir>/data` at once (nothing to keep) and deletes `runDir`. Never throws. */
export async function stopThrowawayCluster(binDir: string, runDir: string): Promise<void> {
  const dataDir = path.join(runDir, 'data');
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
    await runPg(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  }
  rmSync(runDir, { recursive: true, force: true });
}

/** `url` with its database name replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database with a random name (`test_<hex>`) on the server of `adminUrl` (a role allowed to
 * CREATE DATABASE): its URL, and `drop()` to delete it, closing its connections by force (PostgreSQL 13+).
 */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(8).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  let dropped = false;
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
