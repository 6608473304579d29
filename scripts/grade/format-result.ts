import type { StepResult } from '../../lib/scoring/finding';

const marks = { good: '✓', missing: '○', wrong: '✗', hint: '·' } as const;

/** Points rounded to 2 decimals, for display and JSON: a third of a key point is 1.67, not 1.6666666666666667. */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

/** A finding list with each finding's points rounded to 2 decimals (`roundPoints`); the findings are not changed. */
export function roundedFindings<T extends { points: number }>(findings: readonly T[]): T[] {
  return findings.map((finding) => ({ ...finding, points: roundPoints(finding.points) }));
}

/** A step result for a terminal: the score, then one line per finding with its points. */
export function formatStepResult(title: string, result: StepResult): string {
  const lines = [`${title}: ${result.score}/100`];
  for (const finding of result.findings) {
    const sign = finding.severity === 'good' ? '+' : '-';
    const points = finding.points === 0 ? '' : ` (${sign}${roundPoints(finding.points)})`;
    lines.push(`  ${marks[finding.severity]} ${finding.message}${points}`);
  }
  return lines.join('\n');
}
