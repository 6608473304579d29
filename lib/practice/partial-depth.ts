import { DEPTH_FROM_SHARE, DEPTH_POINTS } from '../scoring/depth';
import type { DepthReading } from '../text/depth';

/**
 * Share of key points from which an answer that misses a point can earn back part of it by depth: three of four
 * points. Below it the missing points are the story (golden rounds 4-16: two of three earns 60-70 however it is told).
 */
export const PARTIAL_DEPTH_FROM_SHARE = 0.75;
/**
 * Points of 100 a partial answer earns back when it explains what it says (see `partialDepthLift`): half of
 * DEPTH_POINTS, the gap between the 75 an even quarter per point gives and the 80-84 interviewers sign for three
 * points well explained (golden rounds 9 and 14: 87 and 80; told in one line each, 62-66).
 */
export const PARTIAL_DEPTH_POINTS = DEPTH_POINTS / 2;
/** Depth kinds (a why, a failure walked through, an alternative weighed) a partial answer shows to earn the lift. */
export const PARTIAL_DEPTH_KINDS = 2;

/**
 * What a practice answer that misses a key point earns back for explaining the ones it makes, in the units of
 * `earned` and `available` (key points). It applies when the answer earned at least PARTIAL_DEPTH_FROM_SHARE of its
 * points but less than DEPTH_FROM_SHARE (from there `depthCost` takes over), said nothing wrong, and shows at least
 * PARTIAL_DEPTH_KINDS of the depth kinds (lib/text/depth.ts): then PARTIAL_DEPTH_POINTS of 100, never past
 * DEPTH_FROM_SHARE of the points, so a partial answer stays below a complete one. Pure; 0 otherwise.
 */
export function partialDepthLift(earned: number, available: number, depth: DepthReading, wrongStatements: number): number {
  if (!(available > 0) || wrongStatements > 0) return 0;
  const share = earned / available;
  if (share < PARTIAL_DEPTH_FROM_SHARE || share >= DEPTH_FROM_SHARE) return 0;
  const kinds = [depth.why, depth.failure, depth.alternative].filter((count) => count > 0).length;
  if (kinds < PARTIAL_DEPTH_KINDS) return 0;
  return Math.min((available * PARTIAL_DEPTH_POINTS) / 100, DEPTH_FROM_SHARE * available - earned);
}
