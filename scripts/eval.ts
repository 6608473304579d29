// The golden set's agreement with an interviewer's hand grades:
//   npm run -s eval [-- --json] [--step clarify] [--verbose]
// Prints Spearman's rho and the mean absolute difference per step and overall, and the mean score of
// gamed answers. Exit 0 when it answered, 2 on bad input, 1 on a bug.
import { CliInputError } from '../lib/cli/cli-error';
import { buildEvalReport, goldenResult } from '../lib/eval/eval-report';
import type { EvalReport } from '../lib/eval/eval-report';
import { gradeGoldenEntry } from '../lib/eval/grade-golden';
import { GOLDEN_STEPS } from '../lib/eval/golden-schema';
import { parseCliArgs, runCli } from './cli/run-cli';
import { fileGoldenContext, loadGoldenEntries } from './eval/load-golden';

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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run -s eval [-- --json] [--step <step>] [--verbose]\n');
    return 0;
  }
  if (values.step !== undefined && !(GOLDEN_STEPS as readonly string[]).includes(values.step)) {
    throw new CliInputError(`unknown step "${values.step}" (steps: ${GOLDEN_STEPS.join(', ')})`);
  }
  const loaded = loadGoldenEntries().filter(({ entry }) => values.step === undefined || entry.step === values.step);
  const context = fileGoldenContext(loaded);
  const report = buildEvalReport(loaded.map(({ entry }) => goldenResult(entry, gradeGoldenEntry(entry, context).score)));
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${human(report, values.verbose)}\n`);
  return 0;
}

runCli('eval', () => main(process.argv.slice(2)));
