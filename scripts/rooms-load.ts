// `npm run -s rooms:load -- [--rooms 200] [--seconds 120] [--json] [--instances URL,URL] [--database-url URL]`
// Runs rooms of 3 clients across two app instances on one Postgres (issue 16) and reports fan-out latency
// across instances (p50/p95), errors and database rows per room. Loopback only: any other host is refused.
// Without --instances it starts two instances itself, on DATABASE_URL (--database-url) or, when neither is
// set, on a throwaway PostgreSQL cluster started from the server binaries (removed at the end).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatRoomsLoadReport, isLoopbackUrl } from '../lib/bench/rooms-load-report';
import { createScratchDatabase, findPostgresBinDir, POSTGRES_INSTALL_HINT, startThrowawayCluster, stopThrowawayCluster } from '../tests/server/throwaway-postgres';
import { runRoomsLoad } from './rooms-load/run-load';

/** Bounds of a run: enough for the 200 rooms for two minutes, not enough to hurt the machine. */
const MAX_ROOMS = 500;
const MAX_SECONDS = 900;

function fail(message: string): never {
  process.stderr.write(`rooms:load: ${message}\n`);
  process.exit(2);
}

function boundedInteger(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) fail(`--${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  return value;
}

function startInstance(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const script = path.resolve('scripts/rooms-load/load-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /ready (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`an instance exited with ${code} before it was ready`)));
  });
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    rooms: { type: 'string' },
    seconds: { type: 'string' },
    json: { type: 'boolean', default: false },
    instances: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const rooms = boundedInteger('rooms', values.rooms, 200, MAX_ROOMS);
const seconds = boundedInteger('seconds', values.seconds, 120, MAX_SECONDS);
const given = values['database-url'] ?? process.env.DATABASE_URL;
if (given && !isLoopbackUrl(given)) fail('the database must be on this machine (localhost, 127.0.0.1, ::1 or a unix socket).');
const instances = values.instances?.split(',').map((url) => url.trim());
if (instances) {
  if (instances.length !== 2) fail('--instances takes two URLs separated by a comma.');
  for (const url of instances) if (!isLoopbackUrl(url) || !/^https?:$/.test(new URL(url).protocol)) fail(`only instances on this machine are loaded, not ${url}.`);
  if (!given) fail('with --instances, say which database they use (--database-url or DATABASE_URL) so its rows can be counted.');
}
const log = (line: string) => process.stderr.write(`${line}\n`);

const cleanup: (() => Promise<void>)[] = [];
try {
  let databaseUrl = given;
  if (!databaseUrl) {
    const binDir = findPostgresBinDir();
    if (!binDir) fail(`no DATABASE_URL and no PostgreSQL server found; ${POSTGRES_INSTALL_HINT}.`);
    const runDir = mkdtempSync(path.join(tmpdir(), 'rooms-load-pg-'));
    cleanup.unshift(() => stopThrowawayCluster(binDir, runDir));
    log('rooms load: starting a throwaway PostgreSQL');
    const database = await createScratchDatabase((await startThrowawayCluster(binDir, runDir)).adminUrl);
    cleanup.unshift(() => database.drop());
    databaseUrl = database.url;
  }
  let urls = instances as [string, string] | undefined;
  if (!urls) {
    log('rooms load: starting two instances');
    const started = await Promise.all([startInstance(databaseUrl), startInstance(databaseUrl)]);
    for (const { child } of started) cleanup.unshift(async () => void child.kill('SIGKILL'));
    urls = [started[0].url, started[1].url];
  }
  const report = await runRoomsLoad({ urls, rooms, seconds, databaseUrl, log });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatRoomsLoadReport(report)}\n`);
  process.exitCode = report.errors.total > 0 ? 1 : 0;
} finally {
  for (const step of cleanup) await step().catch(() => undefined);
}
