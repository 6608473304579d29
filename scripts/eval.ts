// The golden set's agreement with an interviewer's hand grades:
//   npm run -s eval [-- --json] [--step clarify] [--verbose] [--only holdout-r4]
// Prints Spearman's rho and the mean absolute difference per step and overall, and the mean score of
// gamed answers. Exit 0 when it answered, 2 on bad input, 1 on a bug.
import path from 'node:path';
import { CliInputError } from '../lib/cli/cli-error';
import { buildEvalReport, goldenResult } from '../lib/eval/eval-report';
import type { EvalReport } from '../lib/eval/eval-report';
import { gradeGoldenEntry } from '../lib/eval/grade-golden';
import type { GoldenContext } from '../lib/eval/grade-golden';
import { GOLDEN_STEPS } from '../lib/eval/golden-schema';
import type { GoldenEntry } from '../lib/eval/golden-schema';
import { assertNever } from '../lib/util/assert-never';
import { parseCliArgs, runCli } from './cli/run-cli';
import { fileGoldenContext, loadGoldenEntries } from './eval/load-golden';
import type { LoadedEntry } from './eval/load-golden';

/** Every case, prompt, question and scene an entry names exists and reads; throws the first that does not. */
function checkReferences(entry: GoldenEntry, context: GoldenContext): void {
  try {
    switch (entry.step) {
      case 'practice':
        context.questionOf(entry.topic, entry.answer.question);
        return;
      case 'diagram':
        context.rubricOf(entry.case);
        context.graphOf(entry);
        return;
      case 'deep-dive':
        if (!context.rubricOf(entry.case).steps['deep-dive'].prompts.some((prompt) => prompt.id === entry.answer.prompt)) {
          throw new Error(`case ${entry.case} has no deep-dive prompt "${entry.answer.prompt}"`);
        }
        return;
      case 'clarify':
      case 'estimate':
      case 'design':
        context.rubricOf(entry.case);
        return;
      default:
        assertNever(entry);
    }
  } catch (error) {
    throw new CliInputError(`${entry.id}: ${(error as Error).message}`);
  }
}

const USAGE =
  'usage: npm run -s eval [-- --json] [--step <step>] [--verbose] [--check] [--only <text>]\n' +
  '  --check  validate the golden files and count entries, without grading\n' +
  '  --only   keep only the entries whose golden file name or id contains <text> (e.g. holdout-r4)\n';

/** True when `only` is unset, or the entry's file name (without folders) or id contains it. */
function matchesOnly({ entry, file }: LoadedEntry, only: string | undefined): boolean {
  return only === undefined || path.basename(file).includes(only) || entry.id.includes(only);
}

const fmt = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3).padStart(6));

function human(report: EvalReport, verbose: boolean): string {
  const lines = ['step          n   rho     MAE'];
  for (const [step, figures] of Object.entries(report.steps)) {
    lines.push(`${step.padEnd(12)} ${String(figures.n).padStart(3)} ${fmt(figures.spearman)} ${figures.mae.toFixed(1).padStart(6)}`);
  }
  lines.push(`${'overall'.padEnd(12)} ${String(report.overall.n).padStart(3)} ${fmt(report.overall.spearman)} ${report.overall.mae.toFixed(1).padStart(6)}`);
  lines.push('', `gamed answers: ${report.gamed.n}, mean engine score ${report.gamed.mean ?? 'n/a'}`);
  for (const [kind, figures] of Object.entries(report.byKind)) {
    lines.push(`  ${kind.padEnd(9)} n=${String(figures.n).padStart(3)}  interviewer ${figures.meanExpected.toFixed(1).padStart(5)}  engine ${figures.meanActual.toFixed(1).padStart(5)}`);
  }
  if (verbose) {
    lines.push('', 'entries (|diff| >= 15):');
    for (const result of report.results) {
      const diff = result.actual - result.expected;
      if (Math.abs(diff) >= 15) lines.push(`  ${result.id.padEnd(48)} ${result.kind.padEnd(8)} expected ${String(result.expected).padStart(3)}  engine ${String(result.actual).padStart(3)}`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      step: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.step !== undefined && !(GOLDEN_STEPS as readonly string[]).includes(values.step)) {
    throw new CliInputError(`unknown step "${values.step}" (steps: ${GOLDEN_STEPS.join(', ')})`);
  }
  let loaded;
  try {
    loaded = loadGoldenEntries().filter((item) => (values.step === undefined || item.entry.step === values.step) && matchesOnly(item, values.only));
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
  if (values.only !== undefined && loaded.length === 0) throw new CliInputError(`no golden entry matches --only "${values.only}"`);
  const context = fileGoldenContext(loaded);
  if (values.check) {
    for (const { entry } of loaded) checkReferences(entry, context);
    const counts = new Map<string, number>();
    for (const { entry } of loaded) counts.set(`${entry.step} ${entry.kind}`, (counts.get(`${entry.step} ${entry.kind}`) ?? 0) + 1);
    process.stdout.write(`${loaded.length} entries valid\n${[...counts].sort().map(([key, n]) => `  ${key}: ${n}`).join('\n')}\n`);
    return 0;
  }
  const report = buildEvalReport(loaded.map(({ entry }) => goldenResult(entry, gradeGoldenEntry(entry, context).score)));
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${human(report, values.verbose)}\n`);
  return 0;
}

runCli('eval', () => main(process.argv.slice(2)));
