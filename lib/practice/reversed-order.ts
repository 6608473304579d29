import type { Finding } from '../scoring/finding';
import type { PointResult } from '../deep-dive/probe';
import type { KeyPoint } from './question-schema';

/** What a reversed order costs, in key points: a confident wrong statement, as an affirmed misconception costs. */
export const REVERSED_ORDER_COST = 0.5;

/** Longest clause of the learner's answer quoted in a finding. */
const MAX_QUOTE_CHARS = 140;
const said = (value: string) => `"${value.length > MAX_QUOTE_CHARS ? `${value.slice(0, MAX_QUOTE_CHARS)}...` : value}"`;

/** A key point whose two steps the answer states the wrong way round (`quote`: the learner's sentences that do). */
export function reversedResult(point: KeyPoint, quote: string): PointResult {
  return { id: point.id, status: 'contradicted', value: 1, earned: 0, clause: quote, contradictedBy: ['order'], reversed: true };
}

/** A wrong order's cost: its finding (points = REVERSED_ORDER_COST) and the key point it is charged to. */
export type MisorderedCost = { id: string; finding: Finding };

const stands = (result: PointResult | undefined): boolean => result?.reversed === true && result.status === 'contradicted';

/**
 * Applies a reversed order to what follows from it: each point in a reversed point's `followsOrder` that the answer
 * affirms (stated, hedged or named: "that gives at-least-once") no longer holds, so it is contradicted (earns 0) and its
 * finding says why. Mutates `points` and `findings` in place (index-aligned with `keyPoints`). Returns one cost per
 * reversed point still standing after its follow-up (a right probe answer settles it) and one per voided follower.
 * Pure otherwise; never throws.
 */
export function voidFollowers(keyPoints: readonly KeyPoint[], points: PointResult[], findings: Finding[]): MisorderedCost[] {
  const costs: MisorderedCost[] = [];
  keyPoints.forEach((point, index) => {
    const result = points[index];
    if (!stands(result) || result === undefined) return;
    const quote = result.clause ?? '';
    costs.push({ id: point.id, finding: { code: 'practice.wrong-order', severity: 'wrong', message: `The steps in ${said(quote)} are the wrong way round: a wrong order is a wrong claim, not a gap, so it costs like one.`, neutral: `You wrote ${said(quote)}, which puts the steps in the wrong order.`, points: REVERSED_ORDER_COST, refs: [point.id] } });
    for (const followerId of point.followsOrder ?? []) {
      const at = keyPoints.findIndex((other) => other.id === followerId);
      const follower = points[at];
      const followerPoint = keyPoints[at];
      if (!follower || !followerPoint || follower.probe?.correct === true) continue;
      if (follower.status !== 'stated' && follower.status !== 'hedged' && follower.status !== 'named') continue;
      points[at] = { ...follower, status: 'contradicted', earned: 0, contradictedBy: ['order'] };
      const message = `With the steps in that order, ${said(follower.quote ?? follower.clause ?? '')} does not hold: ${followerPoint.text}`;
      findings[at] = { code: 'practice.key-point-contradicted', severity: 'wrong', message, neutral: `What you wrote follows only from the right order of the steps.`, points: 1, refs: [followerPoint.id] };
      costs.push({ id: followerPoint.id, finding: { code: 'practice.wrong-order', severity: 'wrong', message: `You wrote ${said(follower.clause ?? follower.quote ?? '')}, but the order you gave does not give that: ${followerPoint.text}`, neutral: `You wrote ${said(follower.clause ?? follower.quote ?? '')}, which the order you gave does not give.`, points: REVERSED_ORDER_COST, refs: [followerPoint.id] } });
    }
  });
  return costs;
}
