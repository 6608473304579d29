import type { Finding } from '../scoring/finding';
import { assertNever } from '../util/assert-never';
import { formatMinutes } from './format-minutes';
import type { ReportMode, ReportStepRow } from './report-model';

/** One sentence on how the attempt was run; the page and the Markdown both print it. */
export function modeSummary(mode: ReportMode): string {
  switch (mode.mode) {
    case 'practice':
      return `Practice (untimed; budgets from a ${mode.durationMinutes}-minute interview)`;
    case 'mock': {
      if (!mode.started) return `Mock interview of ${mode.durationMinutes} minutes, not started`;
      const pauses = mode.pauses === 1 ? '1 pause' : `${mode.pauses} pauses`;
      const paused = mode.pauses > 0 ? ` (${formatMinutes(mode.pausedMinutes)} paused)` : '';
      return `Mock interview of ${mode.durationMinutes} minutes, ${mode.finished ? 'finished' : 'not finished'}: ${formatMinutes(mode.elapsedMinutes)} on the clock, ${pauses}${paused}`;
    }
    default:
      return assertNever(mode, 'report mode');
  }
}

/** `2.5 min over`, `3 min under`, `on budget`: how a step's time compares with its budget. */
export function budgetVerdict(row: Pick<ReportStepRow, 'spentMinutes' | 'budgetMinutes'>): string {
  // Tenths, so the difference of two one-decimal numbers prints without float noise.
  const difference = Math.round((row.spentMinutes - row.budgetMinutes) * 10) / 10;
  if (difference === 0) return 'on budget';
  return `${formatMinutes(Math.abs(difference))} ${difference > 0 ? 'over' : 'under'}`;
}

/** `+5` for points earned, `−10` for points lost, nothing for hints (they carry none). */
export function findingPoints(finding: Finding): string {
  if (finding.points === 0) return '';
  return finding.severity === 'good' ? `+${finding.points}` : `−${finding.points}`;
}
