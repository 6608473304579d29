import type { StepResult } from '../../lib/scoring/finding';

const marks = { good: '✓', missing: '○', wrong: '✗', hint: '·' } as const;

/** A step result for a terminal: the score, then one line per finding with its points. */
export function formatStepResult(title: string, result: StepResult): string {
  const lines = [`${title}: ${result.score}/100`];
  for (const finding of result.findings) {
    const sign = finding.severity === 'good' ? '+' : '-';
    const points = finding.points === 0 ? '' : ` (${sign}${finding.points})`;
    lines.push(`  ${marks[finding.severity]} ${finding.message}${points}`);
  }
  return lines.join('\n');
}
