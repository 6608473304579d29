import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { briefShare } from '../text/brief-echo';
import type { DesignAnswer } from './design-answer-schema';
import { briefOf } from './design-index';
import type { DesignCase } from './design-index';
import { STEP_INSTRUCTIONS } from '../steps/step-instructions';
import { STEPS } from '../steps/steps';

/**
 * The method's own wording, as every learner sees it: each step's instructions and what it asks for ("Inputs, the
 * business use case and its SLA, outputs"; "sources, ingestion, processing and sinks"). A design made of these words
 * and the brief's names the headings it was asked to fill and decides nothing (golden round 21: "the business use
 * cases with their SLAs", "meets the freshness, availability and retention constraints", hand 8).
 */
const METHOD_WORDING: readonly string[] = [...Object.values(STEP_INSTRUCTIONS).flat(), ...STEPS.map((step) => step.asksFor)];

const givenCache = new WeakMap<DesignCase, readonly string[]>();

/** What the learner was given to read: the brief's sentences, the design step's prompt and the method's wording; cached per rubric. */
function givenOf(rubric: DesignCase): readonly string[] {
  let given = givenCache.get(rubric);
  if (!given) {
    const brief = briefOf(rubric);
    // With no brief there is nothing to read back: the method's words alone are every design's headings.
    given = brief.length === 0 ? brief : [...brief, rubric.steps.design.prompt ?? '', ...METHOD_WORDING];
    givenCache.set(rubric, given);
  }
  return given;
}

/**
 * The most a design can score when it is the case's brief read back: nearly all of its words are the brief's, its
 * design prompt's or the method's own headings (lib/text/brief-echo.ts `briefShare`), so its inputs, use case, SLA and outputs copy the facts the interviewer gave
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
  const share = briefShare(describingTexts(answer), givenOf(rubric));
  if (!share.echoes) return result;
  return capScore(result, ECHOED_DESIGN_MAX, () => ({
    code: 'design.brief-echo-cap',
    severity: 'wrong',
    message: `${Math.round(share.share * 100)}% of the words in your design are the brief's or the method's own headings, so it is scored at most ${ECHOED_DESIGN_MAX} out of 100: it restates what the interviewer told you and decides nothing. Say how each source arrives (stream or batch, and in what format), the freshness as a number, the store each reader is served from, and why.`,
    neutral: `Your design reads the brief back rather than deciding anything, so it is scored at most ${ECHOED_DESIGN_MAX} out of 100.`,
  }));
}
