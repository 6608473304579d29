import type { Finding, StepResult } from './finding';

/**
 * Turns earned and available points into a 0-100 score. Rounded to an integer so the same answer
 * prints the same score everywhere (app, CLI, report) with no floating-point drift.
 */
export function toScore(earned: number, available: number): number {
  if (!(available > 0)) return 0;
  const ratio = Math.min(Math.max(earned / available, 0), 1);
  return Math.round(ratio * 100);
}

const severityOrder: Record<Finding['severity'], number> = { wrong: 0, missing: 1, hint: 2, good: 3 };

/** A stable order for findings: problems first, then hints, then what went well; ties by code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
}

export function stepResult(earned: number, available: number, findings: readonly Finding[]): StepResult {
  return { score: toScore(earned, available), findings: sortFindings(findings) };
}

/** A cap's finding before its points: `capScore` gives it the points the cap withholds. */
export type CapFinding = Omit<Finding, 'points'>;

/**
 * `result` scored at most `cap` (0-100). When it scores more, the score becomes `cap` and the finding `explain` makes is
 * added carrying the points withheld (`result.score - cap`), findings in their stable order; otherwise `result` itself
 * (and `explain` is not called). Every engine's cap ("scored at most 25 out of 100 while it contradicts itself") goes
 * through here. Pure.
 */
export function capScore(result: StepResult, cap: number, explain: () => CapFinding): StepResult {
  if (result.score <= cap) return result;
  const { code, severity, ...rest } = explain();
  return { score: cap, findings: sortFindings([...result.findings, { code, severity, points: result.score - cap, ...rest }]) };
}
