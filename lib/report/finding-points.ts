import type { Finding } from '../scoring/finding';

/** Points as a learner reads them: to one decimal (`13.3`, never `13.333333333333334`). */
export const roundPoints = (value: number) => String(Math.round(value * 10) / 10);

/**
 * `+5` for points earned, `−10` for points lost, nothing for hints (they carry none); to one decimal, as a learner
 * reads them (`−13.3`, never `−13.333333333333334`), and nothing for points that round to 0.
 */
export function findingPoints(finding: Finding): string {
  const shown = roundPoints(finding.points);
  if (shown === '0') return '';
  return finding.severity === 'good' ? `+${shown}` : `−${shown}`;
}
