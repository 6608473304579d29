import { depthCost } from '../scoring/depth';
import type { Finding } from '../scoring/finding';

/**
 * Share of the depth points (lib/scoring/depth.ts DEPTH_POINTS) an exemplary deep-dive answer (every kind of depth
 * shown: why, a failure walked through, an alternative weighed) still gives up. Golden set, rounds 4-20: the 24
 * answers the engine gave 100 this way were signed 82-95 by the interviewers (mean 87), no higher than the complete
 * answers without that depth (mean 87 at 88); the last points go to what no reader of depth sees (the figure behind a
 * setting, the secondary case an interviewer asks next). Two thirds puts a complete exemplary answer at 92, still
 * above a complete plain one (88).
 */
export const EXEMPLARY_HELD_SHARE = 2 / 3;

/**
 * What an exemplary answer gives up of its earned points (same units as `earned` and `available`): EXEMPLARY_HELD_SHARE
 * of what a plain answer with the same points gives up, and a finding (`code`, about `refs`, flagged `depth`) saying what
 * full marks would still take. Zero, with no finding, when nothing is earned. Pure.
 */
export function exemplaryCost(earned: number, available: number, code: string, refs: readonly string[] = []): { cost: number; finding?: Finding } {
  const plain = depthCost(earned, available, { why: 0, failure: 0, alternative: 0, exemplary: false, missing: [] }, code, refs);
  const cost = plain.cost * EXEMPLARY_HELD_SHARE;
  if (!(cost > 0) || !plain.finding) return { cost: 0 };
  const message = 'Explained with why, a failure and an alternative; the last points are for what an interviewer asks next: the figure behind each setting and the case past the key points (a second writer, a resend from upstream, what you would monitor).';
  return { cost, finding: { ...plain.finding, points: cost, message, neutral: message } };
}
