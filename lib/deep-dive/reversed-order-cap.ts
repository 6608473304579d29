import type { Finding } from '../scoring/finding';
import type { PointResult } from './probe';

/**
 * The most (per cent of a prompt's points) an answer scores while it states a key point's two steps in the reverse
 * order: "send the HL7 ACK, then produce to Kafka", "commit the offsets, then write the batch". A point carries an
 * `order` only where a failure between its two steps breaks the guarantee the prompt asks about (a message the engine
 * already deleted is lost, a batch whose offsets were committed is never written), so the reversal is a dangerous
 * mistake, not one missing point: interviewers grade such an answer about 35 even with the rest right (golden set
 * r22, hospital listener that ACKs before the Kafka write: hand 35), as they do an answer that says the opposite of the
 * question's crux.
 */
export const REVERSED_ORDER_MAX_SCORE = 35;

/**
 * The first point stated in the reverse order and not settled by a right follow-up answer, if any. A right probe
 * answer shows the learner knows the order: the point keeps its settled share and the prompt is not capped. Pure.
 */
export function unsettledReversal(points: readonly PointResult[]): PointResult | undefined {
  return points.find((point) => point.reversed === true && point.probe?.correct !== true);
}

/**
 * Caps one deep-dive prompt at REVERSED_ORDER_MAX_SCORE per cent of `available` (same units as `earned`) when one of
 * its points is stated in the reverse order (see `unsettledReversal`). Output: the points kept and, when the cap
 * withheld any, a finding (code `deep-dive.<prompt>.reversed-order`, severity wrong, the points withheld) quoting the
 * learner's reversed steps. Pure.
 */
export function capReversedOrder(promptId: string, earned: number, available: number, points: readonly PointResult[]): { earned: number; finding?: Finding } {
  const reversal = unsettledReversal(points);
  if (!reversal) return { earned };
  const cap = (available * REVERSED_ORDER_MAX_SCORE) / 100;
  if (earned <= cap) return { earned };
  const said = reversal.clause ?? reversal.quote ?? '';
  const shown = said.length > 140 ? `${said.slice(0, 140)}...` : said;
  return {
    earned: cap,
    finding: {
      code: `deep-dive.${promptId}.reversed-order`,
      severity: 'wrong',
      points: earned - cap,
      message: `You wrote "${shown}": these steps are in the reverse order, and a failure between them breaks the guarantee this question is about, so the answer scores at most ${REVERSED_ORDER_MAX_SCORE} out of 100 however right the rest is. Swap the two steps and say what the right order protects.`,
      neutral: `Two of your steps are in the reverse order, and a failure between them breaks the guarantee this question is about; this answer scores at most ${REVERSED_ORDER_MAX_SCORE} out of 100 until that is fixed.`,
      refs: [promptId],
    },
  };
}
