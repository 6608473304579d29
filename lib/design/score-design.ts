import type { StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import type { DesignAnswer } from './design-answer-schema';
import type { DesignCase } from './design-index';
import { readDesignAnswer } from './read-answer';
import { scoreContradictions } from './score-contradictions';
import { scoreInputs } from './score-inputs';
import { scoreOutputs } from './score-outputs';
import { scoreSla } from './score-sla';
import { scoreStyle } from './score-style';
import { scoreUseCases } from './score-use-cases';
import { newTally } from './tally';

/**
 * Scores a high-level design (step 3): required inputs named with the right batch/stream mode,
 * use cases stated, an SLA that meets the case's freshness, outputs for its consumers, and a
 * processing style that fits, and no field contradicting another. Pure and deterministic; every point earned or lost has a finding.
 */
export function scoreDesign(answer: DesignAnswer, rubric: DesignCase): StepResult {
  const read = readDesignAnswer(answer);
  const tally = newTally();
  scoreInputs(tally, read.inputs, rubric);
  scoreUseCases(tally, read, rubric);
  scoreSla(tally, read.sla, rubric);
  scoreOutputs(tally, read.outputs, rubric);
  scoreStyle(tally, read, rubric);
  scoreContradictions(tally, read, rubric);
  return stepResult(tally.earned, tally.available, tally.findings);
}
