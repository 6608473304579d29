import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readAbandonedSummary } from '../text/abandoned-summary';
import type { AbandonedSummary } from '../text/abandoned-summary';
import type { DesignAnswer } from './design-answer-schema';
import { quote } from './tally';

/**
 * The most a design can score when its reason opens with a right summary ("TL;DR: ACK only after a durable write;
 * corrections kept as versions") and its body then builds the opposite (lib/text/abandoned-summary.ts): the body is what
 * the learner designed, and it breaks the very guarantee the summary names, so the design both fails the requirement and
 * misstates itself. An interviewer grades the body and trusts the summary for nothing: below a design that only
 * overwrites history (OVERWRITTEN_HISTORY_DESIGN_MAX, 55) or only acknowledges early (MISORDERED_DESIGN_MAX, 50), since
 * it also claims the opposite (golden round 23: a healthcare design with such a summary over such a body, 38).
 */
export const ABANDONED_SUMMARY_DESIGN_MAX = 40;

const CLAIMS: Readonly<Record<AbandonedSummary['claim'], string>> = {
  history: 'history kept',
  'ack-after-write': 'acknowledging only after a durable write',
};

/** The first prose field whose summary its body breaks: the reason, else the use case. */
export function abandonedSummary(answer: Pick<DesignAnswer, 'reason' | 'useCase'>): AbandonedSummary | undefined {
  return readAbandonedSummary(answer.reason) ?? readAbandonedSummary(answer.useCase);
}

/** Caps at ABANDONED_SUMMARY_DESIGN_MAX a design whose body breaks its own summary, quoting both. Pure. */
export function capAbandonedSummary(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= ABANDONED_SUMMARY_DESIGN_MAX) return result;
  const found = abandonedSummary(answer);
  if (!found) return result;
  return capScore(result, ABANDONED_SUMMARY_DESIGN_MAX, () => ({
    code: 'design.summary-abandoned-cap',
    severity: 'wrong',
    message: `Your summary promises ${CLAIMS[found.claim]} (${quote(found.summary)}), but the design below it does the opposite: ${quote(found.body)}. An interviewer grades what the body builds, not the summary, so the design is scored at most ${ABANDONED_SUMMARY_DESIGN_MAX} out of 100: it breaks the guarantee it names. Make the body do what the summary says.`,
    neutral: `The body of your reason does the opposite of its summary, so the design is scored at most ${ABANDONED_SUMMARY_DESIGN_MAX} out of 100: the body is what you designed.`,
  }));
}
