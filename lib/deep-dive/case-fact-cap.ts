import type { DeepDiveKeyPoint } from '../content/rubric-schema';
import type { Finding } from '../scoring/finding';
import type { PointResult } from './probe';

/**
 * Share of a key point's value kept when its term is given a number outside the range the point allows ("a
 * watermark of 2 seconds" where pings arrive minutes late, "Object Lock for 1 year" where records are kept seven):
 * the mechanism is named right, the setting is wrong, so the point earns at most half.
 */
export const WRONG_QUANTITY_SHARE = 0.5;

/**
 * The most (per cent of a prompt's points) an answer scores while a key point's number contradicts a fact the case
 * states (the point's `quantity.fact`): the design then fails the requirement the question asks about (every ping
 * later than 2 s is dropped when the case says pings arrive minutes late; raw readings are gone after 7 days when
 * engineers query 30). Interviewers grade such answers about 50 even with the rest right (golden set r24: the 2-second
 * watermark, the 7-day/90-day retention, the 1 MB compaction target, each hand 50).
 */
export const CASE_FACT_MAX_SCORE = 50;

/** The first point whose number contradicts its case fact and was not settled by a right follow-up answer, with that fact. */
export function contradictedFact(points: readonly PointResult[], keyPoints: readonly DeepDiveKeyPoint[]): { point: PointResult; fact: string } | undefined {
  for (const [index, point] of points.entries()) {
    const fact = keyPoints[index]?.quantity?.fact;
    if (fact !== undefined && point.wrongTarget?.kind === 'quantity' && point.probe?.correct !== true) return { point, fact };
  }
  return undefined;
}

/**
 * Caps one deep-dive prompt at CASE_FACT_MAX_SCORE per cent of `available` (same units as `earned`) while one of its
 * points gives a number that contradicts the case's fact (see `contradictedFact`). Output: the points kept and, when the
 * cap withheld any, a finding (code `deep-dive.<prompt>.case-fact`, severity wrong, the points withheld) quoting the
 * learner's number and the case's fact. Pure.
 */
export function capCaseFact(promptId: string, earned: number, available: number, points: readonly PointResult[], keyPoints: readonly DeepDiveKeyPoint[]): { earned: number; finding?: Finding } {
  const found = contradictedFact(points, keyPoints);
  if (!found) return { earned };
  const cap = (available * CASE_FACT_MAX_SCORE) / 100;
  if (earned <= cap) return { earned };
  const said = found.point.wrongTarget?.said ?? '';
  return {
    earned: cap,
    finding: {
      code: `deep-dive.${promptId}.case-fact`,
      severity: 'wrong',
      points: earned - cap,
      message: `You set "${said}", and the case says ${found.fact}: the design then fails what this question asks for, so the answer scores at most ${CASE_FACT_MAX_SCORE} out of 100 however right the rest is. Set it from the case's numbers.`,
      neutral: `One of your numbers contradicts a fact the case states; this answer scores at most ${CASE_FACT_MAX_SCORE} out of 100 until it fits the case.`,
      refs: [promptId],
    },
  };
}
