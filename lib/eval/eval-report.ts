import type { GoldenEntry, GoldenKind, GoldenStep } from './golden-schema';
import { meanAbsoluteDifference, spearmanRho } from './rank-agreement';

/** One graded golden entry: what the interviewer gave and what the engine gave. */
export type GoldenResult = { id: string; step: GoldenStep; kind: GoldenKind; expected: number; actual: number };

export type AgreementFigures = {
  n: number;
  /** Spearman's rho between hand grades and engine scores; null when undefined (fewer than 2, or constant). */
  spearman: number | null;
  /** Mean absolute difference in points (0-100 scale). */
  mae: number;
};

/** `npm run -s eval -- --json`: agreement per step and overall, and how gamed answers fare. */
export type EvalReport = {
  overall: AgreementFigures;
  steps: Partial<Record<GoldenStep, AgreementFigures>>;
  gamed: { n: number; mean: number | null };
  byKind: Partial<Record<GoldenKind, { n: number; meanExpected: number; meanActual: number }>>;
  results: GoldenResult[];
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function figures(results: readonly GoldenResult[]): AgreementFigures {
  const expected = results.map((result) => result.expected);
  const actual = results.map((result) => result.actual);
  const rho = spearmanRho(expected, actual);
  return { n: results.length, spearman: rho === null ? null : round(rho, 3), mae: round(meanAbsoluteDifference(expected, actual), 1) };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Summarises graded golden entries into the figures the issue tracks (pure; the order of results is kept). */
export function buildEvalReport(results: readonly GoldenResult[]): EvalReport {
  const steps: EvalReport['steps'] = {};
  for (const step of [...new Set(results.map((result) => result.step))].sort()) {
    steps[step] = figures(results.filter((result) => result.step === step));
  }
  const byKind: EvalReport['byKind'] = {};
  for (const kind of [...new Set(results.map((result) => result.kind))].sort()) {
    const ofKind = results.filter((result) => result.kind === kind);
    byKind[kind] = {
      n: ofKind.length,
      meanExpected: round(mean(ofKind.map((result) => result.expected)), 1),
      meanActual: round(mean(ofKind.map((result) => result.actual)), 1),
    };
  }
  const gamed = results.filter((result) => result.kind === 'gamed');
  return {
    overall: figures(results),
    steps,
    gamed: { n: gamed.length, mean: gamed.length === 0 ? null : round(mean(gamed.map((result) => result.actual)), 1) },
    byKind,
    results: [...results],
  };
}

/** A golden entry's result from its engine score. */
export function goldenResult(entry: GoldenEntry, actual: number): GoldenResult {
  return { id: entry.id, step: entry.step, kind: entry.kind, expected: entry.expected, actual };
}
