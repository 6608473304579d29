// Command line for graders and mentors: `npm run -s grade -- <engine> [--case <slug>] [--question <id>] [file] [--json]`.
// Exit 0 when graded, 2 on bad input (one line on stderr naming the file and the problem), 1 on a bug.
import { CliInputError } from '../lib/cli/cli-error';
import { parseCliArgs, runCli } from './cli/run-cli';
import { gradeCommands } from './grade/engines';

function usage(): string {
  const names = Object.keys(gradeCommands).sort();
  const lines = names.map((name) => `  ${gradeCommands[name]?.usage ?? name}\n      ${gradeCommands[name]?.summary ?? ''}`);
  return [
    'usage: npm run -s grade -- <engine> [--case <slug>] [--question <id>] [--file <path>] [file] [--json]',
    'Long input does not fit on a command line (npm stops near 100 KB): put it in a file, or pass --file - and pipe it to stdin.',
    '',
    'engines:',
    ...lines,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      case: { type: 'string' },
      question: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [engine, ...rest] = parsed.positionals;
  if (parsed.values.help || !engine) {
    process.stdout.write(`${usage()}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const command = gradeCommands[engine];
  if (!command) throw new CliInputError(`unknown engine "${engine}" (engines: ${Object.keys(gradeCommands).sort().join(', ') || 'none yet'})`);
  const output = await command.run({
    caseSlug: parsed.values.case,
    question: parsed.values.question,
    fileOption: parsed.values.file,
    json: parsed.values.json,
    positionals: rest,
  });
  process.stdout.write(parsed.values.json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.human}\n`);
  return 0;
}

runCli('grade', () => main(process.argv.slice(2)));
