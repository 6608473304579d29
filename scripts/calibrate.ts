// Does a monotone map from an engine's raw score to the interviewer's scale, fitted per step, lower the
// mean absolute difference on blind rounds it was not fitted on?
//   npm run -s calibrate [-- --from eval.json] [--json] [--variant <name>] [--write-map <file>]
// For k = 9..12, fits each step's map on the golden entries of rounds before k (ids without a -rN- tag are
// the earliest, hand-graded set) and measures it on round k. Prints held-out MAE and rho per step before and
// after, the mean of gamed, strong and mediocre answers, and what the map does to 0 and 100.
// `--from` reads the raw scores from `npm run -s eval -- --json` output instead of grading (the engines
// are deterministic, so this only saves time). Exit 0 when it answered, 2 on bad input, 1 on a bug.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CliInputError } from '../lib/cli/cli-error';
import { goldenResult } from '../lib/eval/eval-report';
import type { GoldenResult } from '../lib/eval/eval-report';
import { gradeGoldenEntry } from '../lib/eval/grade-golden';
import { GOLDEN_KINDS, GOLDEN_STEPS } from '../lib/eval/golden-schema';
import type { GoldenStep } from '../lib/eval/golden-schema';
import { meanAbsoluteDifference, spearmanRho } from '../lib/eval/rank-agreement';
import { parseCliArgs, runCli } from './cli/run-cli';
import { applyMap, fitIsotonic, fitMap, roundOf } from './calibration/fit-map';
import type { FitOptions, Knot, Pair } from './calibration/fit-map';
import { fileGoldenContext, loadGoldenEntries } from './eval/load-golden';

type Variant = { name: string; describe: string; fit: (pairs: readonly Pair[]) => Knot[] };

const KNOTS = [0, 25, 50, 75, 100] as const;
const base: FitOptions = { knots: KNOTS, pinLow: 0, pinHigh: 100, noLiftUpTo: 40, coarseStep: 2 };

const VARIANTS: readonly Variant[] = [
  {
    name: 'pinned',
    describe: 'piecewise linear, knots 0/25/50/75/100; 0->0 and 100->100 fixed; no lift at raw <= 40 (gamed cannot rise)',
    fit: (pairs) => fitMap(pairs, base),
  },
  {
    name: 'pinned-3',
    describe: 'piecewise linear, knots 0/33/67/100; 0->0 and 100->100 fixed; no lift at raw <= 40',
    fit: (pairs) => fitMap(pairs, { ...base, knots: [0, 33, 67, 100], coarseStep: 1 }),
  },
  {
    name: 'pinned-free-low',
    describe: 'as pinned, without the no-lift guard below 40',
    fit: (pairs) => fitMap(pairs, { ...base, noLiftUpTo: null }),
  },
  {
    name: 'pinned-90',
    describe: 'as pinned, with a knot at 90 too (knots 0/25/50/75/90/100)',
    fit: (pairs) => fitMap(pairs, { ...base, knots: [0, 25, 50, 75, 90, 100], coarseStep: 4 }),
  },
  {
    name: 'top-free',
    describe: 'as pinned, but the value at raw 100 is fitted (breaks "a model answer can score 100")',
    fit: (pairs) => fitMap(pairs, { ...base, pinHigh: null }),
  },
  {
    name: 'isotonic-pinned',
    describe: 'isotonic regression (PAVA) at each raw value, 0->0 and 100->100 fixed',
    fit: (pairs) => fitIsotonic(pairs, 0, 100),
  },
  {
    name: 'isotonic-free',
    describe: 'isotonic regression (PAVA), ends fitted too (breaks 0 and 100)',
    fit: (pairs) => fitIsotonic(pairs, null, null),
  },
];

const FOLDS = [9, 10, 11, 12] as const;
const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const mean = (values: readonly number[]) => (values.length === 0 ? null : round1(values.reduce((s, v) => s + v, 0) / values.length));

// The bounds of tests/golden/golden-thresholds.test.ts (gamed at most, strong at least), per step.
const GAMED_MAX: Record<GoldenStep, number> = { clarify: 25, design: 25, 'deep-dive': 25, practice: 25, diagram: 25, estimate: 50 };
const STRONG_MIN: Record<GoldenStep, number> = { clarify: 80, design: 80, 'deep-dive': 80, practice: 80, diagram: 85, estimate: 80 };

type Bounds = { gamedOverRaw: number; gamedOverCal: number; strongUnderRaw: number; strongUnderCal: number };

function bounds(results: readonly (GoldenResult & { calibrated: number })[]): Bounds {
  const gamed = results.filter((r) => r.kind === 'gamed');
  const strong = results.filter((r) => r.kind === 'strong');
  return {
    gamedOverRaw: gamed.filter((r) => r.actual > GAMED_MAX[r.step]).length,
    gamedOverCal: gamed.filter((r) => r.calibrated > GAMED_MAX[r.step]).length,
    strongUnderRaw: strong.filter((r) => r.actual < STRONG_MIN[r.step]).length,
    strongUnderCal: strong.filter((r) => r.calibrated < STRONG_MIN[r.step]).length,
  };
}

type Figures = { n: number; maeRaw: number; maeCal: number; rhoRaw: number | null; rhoCal: number | null };
type KindMeans = Record<string, { n: number; interviewer: number | null; raw: number | null; calibrated: number | null }>;

function figures(results: readonly (GoldenResult & { calibrated: number })[]): Figures {
  const expected = results.map((r) => r.expected);
  return {
    n: results.length,
    maeRaw: round1(meanAbsoluteDifference(expected, results.map((r) => r.actual))),
    maeCal: round1(meanAbsoluteDifference(expected, results.map((r) => r.calibrated))),
    rhoRaw: round3(results.length > 1 ? spearmanRho(expected, results.map((r) => r.actual)) : null),
    rhoCal: round3(results.length > 1 ? spearmanRho(expected, results.map((r) => r.calibrated)) : null),
  };
}

function kindMeans(results: readonly (GoldenResult & { calibrated: number })[]): KindMeans {
  const out: KindMeans = {};
  for (const kind of GOLDEN_KINDS) {
    const of = results.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    out[kind] = { n: of.length, interviewer: mean(of.map((r) => r.expected)), raw: mean(of.map((r) => r.actual)), calibrated: mean(of.map((r) => r.calibrated)) };
  }
  return out;
}

type VariantReport = {
  variant: string;
  describe: string;
  /** Pooled over the four held-out rounds (each graded by the map fitted on the rounds before it). */
  heldOut: { steps: Partial<Record<GoldenStep, Figures & { kinds: KindMeans; bounds: Bounds }>>; overall: Figures; kinds: KindMeans; bounds: Bounds };
  folds: { round: number; steps: Partial<Record<GoldenStep, Figures & { maps: Knot[] }>> }[];
  /** Fitted on every round: the map that would ship, and its in-sample figures. */
  final: { steps: Partial<Record<GoldenStep, { map: Knot[]; at0: number; at100: number; bounds: Bounds } & Figures>>; bounds: Bounds };
};

function runVariant(results: readonly GoldenResult[], variant: Variant): VariantReport {
  const heldOut: (GoldenResult & { calibrated: number })[] = [];
  const folds: VariantReport['folds'] = [];
  for (const k of FOLDS) {
    const fold: VariantReport['folds'][number] = { round: k, steps: {} };
    for (const step of GOLDEN_STEPS) {
      const train = results.filter((r) => r.step === step && roundOf(r.id) < k);
      const test = results.filter((r) => r.step === step && roundOf(r.id) === k);
      if (test.length === 0) continue;
      const map = variant.fit(train.map((r) => ({ raw: r.actual, expected: r.expected })));
      const scored = test.map((r) => ({ ...r, calibrated: applyMap(map, r.actual) }));
      heldOut.push(...scored);
      fold.steps[step] = { ...figures(scored), maps: map };
    }
    folds.push(fold);
  }
  const steps: VariantReport['heldOut']['steps'] = {};
  for (const step of GOLDEN_STEPS) {
    const of = heldOut.filter((r) => r.step === step);
    if (of.length > 0) steps[step] = { ...figures(of), kinds: kindMeans(of), bounds: bounds(of) };
  }
  const steps_: VariantReport['final']['steps'] = {};
  const inSample: (GoldenResult & { calibrated: number })[] = [];
  for (const step of GOLDEN_STEPS) {
    const of = results.filter((r) => r.step === step);
    const map = variant.fit(of.map((r) => ({ raw: r.actual, expected: r.expected })));
    const scored = of.map((r) => ({ ...r, calibrated: applyMap(map, r.actual) }));
    inSample.push(...scored);
    steps_[step] = { map, at0: applyMap(map, 0), at100: applyMap(map, 100), bounds: bounds(scored), ...figures(scored) };
  }
  return {
    variant: variant.name,
    describe: variant.describe,
    heldOut: { steps, overall: figures(heldOut), kinds: kindMeans(heldOut), bounds: bounds(heldOut) },
    folds,
    final: { steps: steps_, bounds: bounds(inSample) },
  };
}

const evalJsonSchema = z.object({
  results: z.array(z.object({ id: z.string(), step: z.enum(GOLDEN_STEPS), kind: z.enum(GOLDEN_KINDS), expected: z.number(), actual: z.number() })),
});

function gradeAll(): GoldenResult[] {
  const loaded = loadGoldenEntries();
  const context = fileGoldenContext(loaded);
  return loaded.map(({ entry }) => goldenResult(entry, gradeGoldenEntry(entry, context).score));
}

const fmtRho = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
const fmtMap = (map: readonly Knot[]) => map.map((k) => `${k.raw}->${Math.round(k.value)}`).join(' ');

function human(report: VariantReport): string {
  const lines = [`== ${report.variant}: ${report.describe}`, 'held out (rounds 9-12, each fitted on the rounds before it):', 'step          n  MAE raw -> cal   rho raw -> cal   gamed raw->cal  strong raw->cal (interviewer)'];
  for (const [step, f] of Object.entries(report.heldOut.steps)) {
    const g = f.kinds.gamed;
    const s = f.kinds.strong;
    lines.push(
      `${step.padEnd(12)} ${String(f.n).padStart(3)}  ${f.maeRaw.toFixed(1).padStart(5)} -> ${f.maeCal.toFixed(1).padStart(5)}   ${fmtRho(f.rhoRaw)} -> ${fmtRho(f.rhoCal)}   ` +
        `${String(g?.raw ?? '-').padStart(5)}->${String(g?.calibrated ?? '-').padEnd(5)}   ${String(s?.raw ?? '-').padStart(5)}->${String(s?.calibrated ?? '-').padEnd(5)} (${s?.interviewer ?? '-'})`,
    );
  }
  const o = report.heldOut.overall;
  lines.push(`${'overall'.padEnd(12)} ${String(o.n).padStart(3)}  ${o.maeRaw.toFixed(1).padStart(5)} -> ${o.maeCal.toFixed(1).padStart(5)}   ${fmtRho(o.rhoRaw)} -> ${fmtRho(o.rhoCal)}`);
  for (const [kind, m] of Object.entries(report.heldOut.kinds)) lines.push(`  ${kind.padEnd(9)} n=${String(m.n).padStart(3)} interviewer ${m.interviewer}  raw ${m.raw}  calibrated ${m.calibrated}`);
  const b = report.heldOut.bounds;
  lines.push(`  golden bounds broken (held out): gamed over ${b.gamedOverRaw} -> ${b.gamedOverCal}, strong under ${b.strongUnderRaw} -> ${b.strongUnderCal}`);
  lines.push(`    by step: ${Object.entries(report.heldOut.steps).map(([step, f]) => `${step} ${f.bounds.gamedOverRaw}->${f.bounds.gamedOverCal}/${f.bounds.strongUnderRaw}->${f.bounds.strongUnderCal}`).join('  ')}`);
  lines.push('per round, MAE raw -> cal:');
  for (const fold of report.folds) {
    lines.push(`  r${fold.round}: ${Object.entries(fold.steps).map(([step, f]) => `${step} ${f.maeRaw}->${f.maeCal}`).join('  ')}`);
  }
  lines.push('fitted on every round (in sample):');
  for (const [step, f] of Object.entries(report.final.steps)) {
    lines.push(
      `  ${step.padEnd(10)} ${fmtMap(f.map).padEnd(44)} MAE ${f.maeRaw}->${f.maeCal}  rho ${fmtRho(f.rhoRaw)}->${fmtRho(f.rhoCal)}  0->${f.at0} 100->${f.at100}  ` +
        `gamed over ${f.bounds.gamedOverRaw}->${f.bounds.gamedOverCal}, strong under ${f.bounds.strongUnderRaw}->${f.bounds.strongUnderCal}`,
    );
  }
  const fb = report.final.bounds;
  lines.push(`  golden bounds broken (all rounds, final maps): gamed over ${fb.gamedOverRaw} -> ${fb.gamedOverCal}, strong under ${fb.strongUnderRaw} -> ${fb.strongUnderCal}`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      json: { type: 'boolean', default: false },
      variant: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run -s calibrate [-- --from eval.json] [--json] [--variant <name>]\n');
    return 0;
  }
  let results: GoldenResult[];
  if (values.from !== undefined) {
    const parsed = evalJsonSchema.safeParse(JSON.parse(readFileSync(values.from, 'utf8')) as unknown);
    if (!parsed.success) throw new CliInputError(`${values.from}: not the output of npm run -s eval -- --json`);
    results = parsed.data.results;
  } else {
    results = gradeAll();
  }
  const chosen = values.variant === undefined ? VARIANTS : VARIANTS.filter((v) => v.name === values.variant);
  if (chosen.length === 0) throw new CliInputError(`unknown variant "${values.variant}" (variants: ${VARIANTS.map((v) => v.name).join(', ')})`);
  const reports = chosen.map((variant) => runVariant(results, variant));
  process.stdout.write(values.json ? `${JSON.stringify(reports, null, 2)}\n` : `${reports.map(human).join('\n\n')}\n`);
  return 0;
}

runCli('calibrate', () => main(process.argv.slice(2)));
