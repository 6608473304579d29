import type { Finding, StepResult } from '../scoring/finding';
import { sortFindings, stepResult } from '../scoring/score';
import { capOffCase, readCaseFit, stringsOf } from '../text/case-fit';
import type { DesignAnswer } from './design-answer-schema';
import type { DesignCase } from './design-index';
import { readDesignAnswer } from './read-answer';
import { scoreContradictions } from './score-contradictions';
import { scoreInputs } from './score-inputs';
import { scoreOutputs } from './score-outputs';
import type { OutputsServed } from './score-outputs';
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
  const served = scoreOutputs(tally, read.outputs, rubric, read.sla, read.processingStyle);
  scoreStyle(tally, read, rubric);
  const contradictions = scoreContradictions(tally, read, rubric);
  const capped = capMisserved(capContradicted(stepResult(tally.earned, tally.available, tally.findings), contradictions), served);
  return capOffCase(capped, readCaseFit(stringsOf(answer), rubric), 'design');
}

/**
 * The most a design can score when it lists two or more consumers with a freshness need and serves
 * every one of them wrongly (a store that cannot serve it, a freshness that belongs to another
 * consumer, another consumer's data): the right sources and words wired so that nobody can read what
 * they need is not a working design.
 */
export const MISSERVED_DESIGN_MAX = 25;

function capMisserved(result: StepResult, served: OutputsServed): StepResult {
  if (served.timedListed < 2 || served.timedWrong < served.timedListed || result.score <= MISSERVED_DESIGN_MAX) return result;
  const finding: Finding = {
    code: 'design.misserved-cap',
    severity: 'wrong',
    points: result.score - MISSERVED_DESIGN_MAX,
    message: `Every consumer you serve with a freshness need is served wrongly (see above), so the design is scored at most ${MISSERVED_DESIGN_MAX} out of 100: a design is judged by whether its consumers can read what they need, when they need it.`,
  };
  return { score: MISSERVED_DESIGN_MAX, findings: sortFindings([...result.findings, finding]) };
}

/**
 * The most a design that contradicts itself can score, by how many contradictions it has (the last
 * entry for that many or more). An interviewer cannot sign a design that says two things at once,
 * however many right words it holds: streaming for a weekly SLA, "no dashboards" next to a dashboard.
 */
export const CONTRADICTED_DESIGN_MAX: readonly number[] = [100, 25, 15];

function capContradicted(result: StepResult, contradictions: number): StepResult {
  const cap = CONTRADICTED_DESIGN_MAX[Math.min(contradictions, CONTRADICTED_DESIGN_MAX.length - 1)] ?? 100;
  if (result.score <= cap) return result;
  const finding: Finding = {
    code: 'design.contradicted-cap',
    severity: 'wrong',
    points: result.score - cap,
    message: `Your design contradicts itself in ${contradictions === 1 ? 'one place' : `${contradictions} places`} (see above), so it is scored at most ${cap} out of 100: an interviewer cannot tell which design you mean until the fields agree.`,
  };
  return { score: cap, findings: sortFindings([...result.findings, finding]) };
}
