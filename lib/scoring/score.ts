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
