import type { Finding } from '../scoring/finding';
import { OFF_CASE_MAX_SCORE } from '../text/case-fit';
import type { CaseFit } from '../text/case-fit';

const listWords = (words: readonly string[]) => words.slice(0, 6).map((word) => `"${word}"`).join(', ');

/**
 * Caps one deep-dive prompt's points at OFF_CASE_MAX_SCORE per cent of `available` when its answer reads as
 * written for another business (lib/text/case-fit.ts `readAnswerCaseFit`): another case's model ("fact_trip,
 * dim_driver, dim_rider" for a shop's sales model) uses the right modelling words about the wrong things, which
 * an interviewer grades 5-10. Input: the points earned and available (after wrong claims and depth) and the fit.
 * Output: the points kept, and a finding (code `deep-dive.<prompt>.off-case`, the points withheld) that quotes the
 * foreign words; no finding when the answer fits the case. Pure.
 */
export function capOffCasePrompt(promptId: string, earned: number, available: number, fit: CaseFit): { earned: number; finding?: Finding } {
  if (!fit.offCase) return { earned };
  const cap = (available * OFF_CASE_MAX_SCORE) / 100;
  const kept = Math.min(earned, cap);
  const finding: Finding = {
    code: `deep-dive.${promptId}.off-case`,
    severity: 'wrong',
    points: Math.max(0, earned - kept),
    message:
      `Your answer is about ${listWords(fit.foreign)}, which this case never mentions: it reads as written for another business, so this question scores at most ${OFF_CASE_MAX_SCORE} out of 100. ` +
      `The right terms (grain, dimensions, keys, acks) only count when they are about this case's own things.`,
    neutral: `Your answer is about things this case never mentions: answer for this case's own business.`,
    refs: [promptId],
  };
  return { earned: kept, finding };
}

/**
 * A key point's finding when the answer was written for another business: what it earned was said about that
 * business's things, so it is shown as not counting here (severity `wrong`, 0 points: the points withheld are
 * carried by `capOffCasePrompt`'s finding). Pure.
 */
export function offCasePointFinding(finding: Finding): Finding {
  return { ...finding, severity: 'wrong', points: 0, message: `Said about another business's things, so it does not count for this case: ${finding.message}` };
}
