import { DEPTH_FROM_SHARE } from '../scoring/depth';
import type { Finding } from '../scoring/finding';
import type { DepthReading } from '../text/depth';

/**
 * Points of 100 an interviewer keeps back from a practice answer that makes every key point and shows every kind of
 * depth (the why, a failure walked through, an alternative weighed): a short question's three or four key points are
 * not all an interviewer checks, and the last points go to what the question does not list (unclean leader election
 * beside acks=all, failOnDataLoss beside end-to-end exactly-once, the side effects of a retried task). Golden set,
 * practice rounds 4-22: the 12 answers the depth reader calls exemplary are signed 80-95 by hand (mean 85.7), the same
 * as the 103 complete answers without that depth (mean 85.7); only one of 319 practice answers is signed above 92.
 * So an exemplary answer scores 100 - UNLISTED_POINTS, a little above the 100 - DEPTH_POINTS of a complete one.
 */
export const UNLISTED_POINTS = 10;

/**
 * What an exemplary practice answer gives up of its earned points (the units of `earned` and `available`, key points):
 * UNLISTED_POINTS of 100, scaled in from DEPTH_FROM_SHARE of the points as the depth cost is (lib/scoring/depth.ts),
 * so an answer missing a point is never charged twice. Zero, with no finding, for an answer that is not exemplary
 * (the depth cost already holds back more) or earned nothing. The finding (`code`, about `refs`) is flagged `depth`:
 * it sends the learner to what lies past the key points, not back to the lesson. Pure.
 */
export function unlistedRemainder(earned: number, available: number, depth: DepthReading, code: string, refs: readonly string[] = []): { cost: number; finding?: Finding } {
  if (!depth.exemplary || !(available > 0) || !(earned > 0)) return { cost: 0 };
  const share = Math.min(1, earned / available);
  const reach = Math.min(1, Math.max(0, (share - DEPTH_FROM_SHARE) / (1 - DEPTH_FROM_SHARE)));
  const cost = (available * UNLISTED_POINTS * reach) / 100;
  if (!(cost > 0)) return { cost: 0 };
  const message =
    'Every point is there and explained, with a failure walked through and an alternative weighed. An interviewer keeps the last points for what the question does not list: a related setting, an edge case or a limit of the approach.';
  return { cost, finding: { code, severity: 'missing', points: cost, message, neutral: message, depth: true, ...(refs.length > 0 ? { refs: [...refs] } : {}) } };
}
