// Command line for practising and checking generated deep-dive drills:
//   npm run -s drill -- --list [--json]
//   npm run -s drill -- <id> --seed N [--answer "<text>"] [--json]
// --answer --json prints { correct, feedback, readable, parts? }: readable false means the answer could
// not be read, so nothing was graded and the feedback shows the expected format, not the solution.
// Exit 0 on success, 2 on bad input (one line on stderr), 1 on a bug.
import { CliInputError } from '../lib/cli/cli-error';
import { DRILL_GENERATORS, drillView, findGenerator, isValidSeed, MAX_SEED } from '../lib/drills';
import { parseCliArgs, runCli } from './cli/run-cli';

function usage(): string {
  const lines = DRILL_GENERATORS.map((generator) => `  ${generator.id.padEnd(24)} ${generator.topic.padEnd(16)} ${generator.title}`);
  return ['usage: npm run -s drill -- --list [--json]', '       npm run -s drill -- <id> --seed N [--answer "<text>"] [--json]', '', 'drills:', ...lines].join('\n');
}

function readSeed(text: string | undefined): number {
  if (text === undefined) throw new CliInputError('--seed N is required (an integer from 0 to 4294967295)');
  const seed = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!isValidSeed(seed)) throw new CliInputError(`bad seed "${text}": use an integer from 0 to ${MAX_SEED}`);
  return seed;
}

function main(argv: string[]): number {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      list: { type: 'boolean', default: false },
      seed: { type: 'string' },
      answer: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const write = (json: unknown, human: string): void => {
    process.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${human}\n`);
  };
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (values.list) {
    const list = DRILL_GENERATORS.map((generator) => ({ id: generator.id, topic: generator.topic, title: generator.title }));
    write(list, list.map((item) => `${item.id.padEnd(24)} ${item.topic.padEnd(16)} ${item.title}`).join('\n'));
    return 0;
  }
  const [id, ...extra] = positionals;
  if (!id) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (extra.length > 0) throw new CliInputError(`unexpected argument "${extra[0] ?? ''}" (quote the answer and pass it with --answer)`);
  const generator = findGenerator(id);
  if (!generator) throw new CliInputError(`unknown drill "${id}" (drills: ${DRILL_GENERATORS.map((item) => item.id).join(', ')})`);
  const drill = generator.generate(readSeed(values.seed));
  if (values.answer !== undefined) {
    const result = generator.check(drill, values.answer);
    const verdict = !result.readable ? 'COULD NOT READ' : result.correct ? 'CORRECT' : 'NOT QUITE';
    const parts = result.parts && result.parts.length > 1 ? `\n\n${result.parts.map((part) => `- ${part.correct ? 'right' : 'wrong'}: ${part.feedback}`).join('\n')}` : '';
    write(result, `${verdict}\n\n${result.feedback}${parts}`);
    return 0;
  }
  const view = drillView(drill);
  write(view, [`# ${generator.title} (${drill.id}, seed ${drill.seed})`, '', drill.prompt, '', `Solution: ${drill.solution}`, '', `Why: ${drill.explanation}`].join('\n'));
  return 0;
}

runCli('drill', () => main(process.argv.slice(2)));
