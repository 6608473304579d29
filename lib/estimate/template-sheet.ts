import type { Finding } from '../scoring/finding';
import { defersFigures } from '../text/sizing-remarks';
import type { DetailedRow } from './evaluate-worksheet';

/**
 * Highest share of the step a template sheet keeps (templateSheet): formulas with the figures handed back.
 * Round 19's interviewer signs such a sheet 12 ("an interviewer asked for figures and gets back the
 * question"), where the same formulas with no such remark, the facts uncovered and used, are signed 100.
 */
export const TEMPLATE_CAP = 0.15;

/** A count of a period (`365 day`, `24 h`): a calendar factor, not a figure the learner estimated. */
const PERIOD_COUNT = /\d+(?:\.\d+)?\s*(?:days?|d|years?|yrs?|y|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|weeks?|months?)\b/gi;

/**
 * True when a sheet is a template rather than an estimate: its notes hand the figures back ("plug in the
 * interviewer's numbers; the formulas are what matters", lib/text defersFigures) and neither the notes nor any
 * row states a figure of the learner's own (counts of a period such as `365 day` aside). Such a sheet computes
 * values only because the app fills in the case's facts; the learner has estimated nothing.
 */
export function templateSheet(rows: readonly DetailedRow[], notes: string): boolean {
  if (/\d/.test(notes) || !defersFigures(notes)) return false;
  const written = rows.filter((row) => typeof row.expr === 'string' && row.expr.trim() !== '');
  return written.length > 0 && written.every((row) => !/\d/.test(String(row.expr).replace(PERIOD_COUNT, '')));
}

/** The finding that holds a template sheet at TEMPLATE_CAP; `points` is what the cap took. */
export function templateCapFinding(points: number): Finding {
  return {
    code: 'estimate.figures-deferred',
    severity: 'wrong',
    message: `The notes leave the numbers to someone else and the sheet states none of its own: the formulas have the right shape, but an interviewer asked for figures and gets the question back. Work each row to a figure (how many a second, how many TB), say it in the notes, and say what it means for the design; until then the sheet keeps at most ${Math.round(TEMPLATE_CAP * 100)}.`,
    points,
    refs: [],
  };
}
