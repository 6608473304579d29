import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { briefShare } from '../text/brief-echo';
import type { DesignAnswer } from './design-answer-schema';
import { briefOf } from './design-index';
import type { DesignCase } from './design-index';

/**
 * The most a design can score when it is the case's brief read back: nearly all of its words are the brief's
 * (lib/text/brief-echo.ts `briefShare`), so its inputs, use case, SLA and outputs copy the facts the interviewer gave
 * and decide nothing of the learner's own. Matching nouns earn nothing here; an interviewer gives such a design almost
 * nothing (golden rounds 5, 7 and 17: 6-14).
 */
export const ECHOED_DESIGN_MAX = 10;

/** The free-text fields of a design that describe it (names, use case, SLA, outputs, reason); rates and formats left out. */
function describingTexts(answer: DesignAnswer): string[] {
  return [...answer.inputs.map((input) => input.name), answer.useCase, answer.sla, ...answer.outputs.flatMap((output) => [output.consumer, output.store]), answer.reason];
}

/** Caps at ECHOED_DESIGN_MAX a design whose words are nearly all the brief's, with a finding giving the share. */
export function capEchoed(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  if (result.score <= ECHOED_DESIGN_MAX) return result;
  const share = briefShare(describingTexts(answer), briefOf(rubric));
  if (!share.echoes) return result;
  return capScore(result, ECHOED_DESIGN_MAX, () => ({
    code: 'design.brief-echo-cap',
    severity: 'wrong',
    message: `${Math.round(share.share * 100)}% of the words in your design are the brief's own, so it is scored at most ${ECHOED_DESIGN_MAX} out of 100: it restates what the interviewer told you and decides nothing. Say how each source arrives (stream or batch, and in what format), the freshness as a number, the store each reader is served from, and why.`,
    neutral: `Your design reads the brief back rather than deciding anything, so it is scored at most ${ECHOED_DESIGN_MAX} out of 100.`,
  }));
}
