import type { DepthKind, DepthReading } from '../text/depth';
import type { Finding } from './finding';
import { assertNever } from '../util/assert-never';

/**
 * Points of 100 that only an exemplary answer earns (see `readDepth`): an answer that covers every key point without
 * saying why, walking through a failure and weighing an alternative scores 100 - DEPTH_POINTS, the 84-92 interviewers
 * sign such answers in the golden set (181 strong deep-dive and practice answers, 4 signed 95 or more).
 */
export const DEPTH_POINTS = 12;
/**
 * Share of key points earned from which depth counts, scaled in to all of it at every point (0.85 keeps strong golden
 * answers at 81-83 over their bound of 80): three of four points
 * well made keep their 75 (the missing point already explains the score) and a gamed answer never gains or loses by it.
 */
export const DEPTH_FROM_SHARE = 0.85;

function askFor(kind: DepthKind): string {
  switch (kind) {
    case 'why':
      return 'why each part holds (what it protects against)';
    case 'failure':
      return 'a failure walked through (what happens on a crash, a restart or a retry)';
    case 'alternative':
      return 'the alternative weighed (what you rejected and why, or what you would monitor)';
    default:
      return assertNever(kind, 'depth kind');
  }
}

/**
 * What a non-exemplary answer gives up of its earned points (same units as `earned` and `available`): DEPTH_POINTS
 * of 100, times how far its earned share lies between DEPTH_FROM_SHARE and 1. Returns the cost and, when it is above
 * zero, a finding (`code`, about `refs`, flagged `depth`) naming what would make the answer exemplary. Pure.
 */
export function depthCost(earned: number, available: number, depth: DepthReading, code: string, refs: readonly string[] = []): { cost: number; finding?: Finding } {
  if (depth.exemplary || !(available > 0) || !(earned > 0)) return { cost: 0 };
  const share = Math.min(1, earned / available);
  const reach = Math.min(1, Math.max(0, (share - DEPTH_FROM_SHARE) / (1 - DEPTH_FROM_SHARE)));
  const cost = (available * DEPTH_POINTS * reach) / 100;
  if (!(cost > 0)) return { cost: 0 };
  const lead = share >= 1 ? 'Every point is there' : 'The points you made are right';
  const message = `${lead}; an interviewer would want more depth for full marks: ${depth.missing.map(askFor).join('; ')}.`;
  return { cost, finding: { code, severity: 'missing', points: cost, message, neutral: message, depth: true, ...(refs.length > 0 ? { refs: [...refs] } : {}) } };
}
