import type { Finding } from '../scoring/finding';
import type { DetailedRow } from './evaluate-worksheet';

/**
 * Highest share of the step a sheet of constants posing as working keeps (posedWorking). Round 21's
 * interviewer signs such a sheet 18 ("every row is a constant copied as a final figure... an interviewer asking
 * 'how did you get 370?' gets nothing"), where the same four final figures alone are signed 40-55 ("the
 * candidate probably did the sums"): rows named as the steps of a chain, each a bare copy, claim working the
 * sheet does not have. Close to the template sheet's cap (template-sheet.ts), the other sheet with no estimate.
 */
export const POSED_WORKING_CAP = 0.2;

/** How many step rows beyond the answers a sheet of bare figures needs before it poses as worked. */
const POSED_STEPS = 2;

/** The step rows of a sheet that poses as worked: rows beyond the answers, each a bare figure; empty otherwise. */
export interface PosedWorking {
  /** The step rows as the learner named them. */
  steps: readonly string[];
}

/**
 * Reads a sheet where no row shows any working (`noWorking`: every valued row a bare figure or a guess) for
 * rows beyond the answers (`answerKeys`, lower-case row keys of the graded quantities): intermediate and
 * next-year rows (`avg_rate = 93 events/s`, `audit_per_day = 10 GB/day`) that name the steps of a chain yet are
 * constants no other row uses. With POSED_STEPS or more the sheet copies its figures in the shape of working.
 * Undefined otherwise. Pure; never throws.
 */
export function posedWorking(rows: readonly DetailedRow[], answerKeys: ReadonlySet<string>, noWorking: boolean): PosedWorking | undefined {
  if (!noWorking) return undefined;
  const steps = rows.filter((row) => row.raw !== undefined && row.key !== '' && !answerKeys.has(row.key.toLowerCase())).map((row) => row.label);
  return steps.length >= POSED_STEPS ? { steps } : undefined;
}

/** The finding that holds such a sheet at POSED_WORKING_CAP; `points` is what the cap took. */
export function posedWorkingFinding(posed: PosedWorking, points: number): Finding {
  const named = posed.steps.slice(0, 3).join(', ');
  return {
    code: 'estimate.constants-as-working',
    severity: 'wrong',
    message: `Every row is a constant, the step rows too (${named}): they have the names of working but nothing feeds them from the case's facts and no row builds on them, so the sheet is final figures copied in the shape of a calculation. An interviewer asking "how did you get that?" gets nothing. Build each figure from the facts you uncovered (a count times a size, a daily figure over a day) and use the step rows in the totals; until then the sheet keeps at most ${Math.round(POSED_WORKING_CAP * 100)}.`,
    neutral: `Every row is a constant, the step rows too: they have the names of working but nothing feeds them from the case's facts. Build each figure from the facts you uncovered and use the step rows in the totals.`,
    points,
    refs: [...posed.steps],
  };
}
