// Command line for a team's rooms: `npm run -s rooms -- <command>`; reads the store the server uses
// (DATABASE_URL -> Postgres, else SQLite in ROOMS_DATA_DIR, default ./data/rooms).
//   import <file> [--new-id] [--json]   store a room export (GET /api/rooms/<id>/export) and print fresh links
//   agreement [--json]                  engine vs interviewer agreement per step over finished, rated rooms
// Exit 0 when done, 2 on bad input (one line on stderr), 1 on a bug.
import { CliInputError } from '../lib/cli/cli-error';
import { listCaseSlugs, loadCase } from '../lib/content/load-cases';
import type { Rubric } from '../lib/content/rubric-schema';
import { agreementFromStore } from '../lib/rooms/agreement-report';
import { formatAgreementReport } from '../lib/rooms/agreement-text';
import { parseCliArgs, runCli } from './cli/run-cli';
import { importRoomFile } from './rooms/import-command';
import { openRoomStore } from './rooms/open-room-store';

const USAGE = [
  'usage: npm run -s rooms -- <command>',
  '  import <room-export.json> [--new-id] [--json]   store an exported room here and print fresh links',
  '  agreement [--json]                              engine vs interviewer agreement per step (README: "Agreement report")',
].join('\n');

/** Each case's rubric, loaded once. */
function rubricLoader(): (caseSlug: string) => Rubric | undefined {
  const known = new Set(listCaseSlugs());
  const cache = new Map<string, Rubric>();
  return (slug) => {
    if (!known.has(slug)) return undefined;
    if (!cache.has(slug)) cache.set(slug, loadCase(slug).rubric);
    return cache.get(slug);
  };
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'new-id': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  if (command !== 'import' && command !== 'agreement') throw new CliInputError(`unknown command "${command}" (commands: import, agreement)`);
  if (command === 'import' && rest.length !== 1) throw new CliInputError('import takes one file: rooms import <room-export.json> [--new-id]');
  if (command === 'agreement' && rest.length > 0) throw new CliInputError(`agreement takes no file (got "${rest[0]}")`);
  const { store, where, ttlDays } = await openRoomStore();
  try {
    if (command === 'import') {
      const result = await importRoomFile(store, rest[0] ?? '', { newId: parsed.values['new-id'], now: new Date(), ttlDays });
      const human = [`Imported room ${result.roomId} (${result.caseSlug}, ${result.events} events) into ${where}. Fresh links:`, ...Object.entries(result.links).map(([role, link]) => `  ${role}: ${link}`)].join('\n');
      process.stdout.write(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : `${human}\n`);
      return 0;
    }
    const { report, skipped } = await agreementFromStore(store, rubricLoader());
    if (skipped.length > 0) process.stderr.write(`rooms: ${skipped.length} room(s) of a case this installation does not have were left out\n`);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatAgreementReport(report)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

runCli('rooms', () => main(process.argv.slice(2)));
