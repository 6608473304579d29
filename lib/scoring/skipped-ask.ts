import type { PromptAsk } from '../content/prompt-asks';
import type { Finding } from './finding';

/**
 * Share of a key point's value it must earn for its part of the prompt to count as answered: stated or hedged (half),
 * not merely named or listed ("acks=all" in a producer config does not say when the HL7 ACK goes back).
 */
export const ANSWERED_SHARE = 0.5;

/** What one key point earned of its value (same units), by key point id. */
export type EarnedPoint = { id: string; earned: number; value: number };

/** The parts of `asks` none of whose key points earned ANSWERED_SHARE of its value. Pure. */
export function skippedAsks(asks: readonly PromptAsk[] | undefined, points: readonly EarnedPoint[]): PromptAsk[] {
  if (!asks || asks.length === 0) return [];
  const byId = new Map(points.map((point) => [point.id, point]));
  return asks.filter((ask) => !ask.points.some((id) => {
    const point = byId.get(id);
    return point !== undefined && point.value > 0 && point.earned >= ANSWERED_SHARE * point.value;
  }));
}

/**
 * A prompt that asks two things ("contrast OLTP with OLAP, and say why dashboards should not query the shop's
 * database") is graded part by part: a part the answer skips costs its share however good the other part is. The answer
 * keeps at most `available` times the share of parts it answered (one of two: half), in the units of `earned`. Output:
 * the points kept and, when the cap withheld any, a finding (code `<code>`, severity missing, the points withheld)
 * naming the skipped parts. Source: golden set round 24 (HL7 keying without when to ACK, hand 45; the OLTP/OLAP
 * contrast without the why, hand 55): interviewers mark the unanswered question as about half the answer. Pure.
 */
export function capSkippedAsks(asks: readonly PromptAsk[] | undefined, points: readonly EarnedPoint[], earned: number, available: number, code: string, refs: readonly string[]): { earned: number; finding?: Finding } {
  const skipped = skippedAsks(asks, points);
  // An answer that answers no part at all is scored by what its points earned (a bare list, a hedge); this cap is for
  // the answer that does one part and leaves the other.
  if (!asks || skipped.length === 0 || skipped.length === asks.length) return { earned };
  const cap = (available * (asks.length - skipped.length)) / asks.length;
  if (earned <= cap) return { earned };
  const parts = skipped.map((ask) => `"${ask.text}"`).join(' and ');
  const percent = Math.round((100 * (asks.length - skipped.length)) / asks.length);
  return {
    earned: cap,
    finding: {
      code,
      severity: 'missing',
      points: earned - cap,
      message: `The question asks ${asks.length} things and your answer skips ${skipped.length === 1 ? 'one' : skipped.length}: ${parts}. An interviewer grades each part, so the answer scores at most ${percent} out of 100 however good the rest is. Answer every part of the question.`,
      neutral: `The question asks ${asks.length} things and your answer leaves ${skipped.length === 1 ? 'one of them' : 'some of them'} unanswered, so it scores at most ${percent} out of 100. Answer every part of the question.`,
      refs: [...refs],
    },
  };
}
