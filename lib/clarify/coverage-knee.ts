import type { Finding } from '../scoring/finding';

/**
 * Share of the available points above which topic coverage counts for less: a transcript that asks every topic of
 * the case is not yet a perfect one. Hand grades of complete, specific transcripts (golden rounds 17-23: 78-82,
 * each "-18" to "-22" for an ask a topic count cannot see, such as how late data arrives, a record's format, what
 * tells two entities apart, or for asks that lead or presume the design) put the top of the scale there.
 */
export const COVERAGE_KNEE = 0.8;
/** What each point of coverage above the knee is worth: a complete transcript scores 80 + 20 x 0.4 = 88. */
export const ABOVE_KNEE_SHARE = 0.4;

/**
 * The points of `earned` (out of `available`, the clarify step's own units) withheld above the knee, and the finding
 * that says why, or null when the share earned is at or below the knee. The finding carries the points that, counted
 * as lost beside those earned, give the lowered share (earned / (available + points)), as every other lost point does.
 * Pure.
 */
export function coverageAboveKnee(earned: number, available: number): { withheld: number; finding: Finding } | null {
  if (!(available > 0) || earned <= available * COVERAGE_KNEE) return null;
  const withheld = (earned - available * COVERAGE_KNEE) * (1 - ABOVE_KNEE_SHARE);
  // The finding's points are the ones that, lost beside the points earned, give the lowered share: earned / (available + points).
  const share = (earned - withheld) / available;
  return {
    withheld,
    finding: {
      code: 'clarify.beyond-topics',
      severity: 'missing',
      points: earned / share - available,
      message:
        'You covered nearly every topic. The last points are for what a topic count cannot see: asks down to single facts ' +
        '(how late data arrives, the exact record format, what tells two entities apart), asks that neither lead nor ' +
        'presume a design, and the order of what matters most. Coverage above 80% counts at 40%.',
    },
  };
}
