/**
 * Deep-dive score calibration: from the share of key points earned to the 0-100 grade an experienced interviewer
 * gives.
 *
 * Up to `KNEE` of the points the grade is the share itself (two of four points is 50). Above it the scale is
 * compressed so that an answer earning every key point grades `FULL_MARKS` (90), not 100: interviewers grade a
 * complete, correct deep-dive answer 84-90 (the golden set's strong and unusual answers, rounds 1-9, average 89)
 * and keep the top of the scale for depth beyond the points a prompt asks. Monotonic, so answers keep their order.
 */

/** Share of the points (0-1) up to which the grade is the share itself. */
export const KNEE = 0.8;
/** The grade (0-100) of an answer that earns every key point. */
export const FULL_MARKS = 90;

/**
 * The deep-dive grade, an integer 0-100, for `earned` of `available` points (any non-negative numbers; 0 when
 * nothing is available). The share is clamped to 0-1 before calibration.
 */
export function deepDiveScore(earned: number, available: number): number {
  if (!(available > 0)) return 0;
  const share = Math.min(Math.max(earned / available, 0), 1);
  const calibrated = share <= KNEE ? share * 100 : KNEE * 100 + ((share - KNEE) / (1 - KNEE)) * (FULL_MARKS - KNEE * 100);
  return Math.round(calibrated);
}
