import type { Finding, StepResult } from '../scoring/finding';
import { sortFindings } from '../scoring/score';
import { readOverBuilt } from '../text/over-built';
import type { DesignAnswer } from './design-answer-schema';
import { briefOf } from './design-index';
import type { DesignCase } from './design-index';
import { quote } from './tally';

/**
 * Points off for each heavy part a design adds that the case does not ask for (lib/text/over-built.ts: a multi-region
 * active-active deployment, a graph database, a vector store, an online feature store, a second stream engine), at
 * most OVER_BUILT_MAX_PARTS of them. An interviewer takes points for cost and focus: a design with the right core plus
 * four such parts was signed 66 where the same core alone earns the mid-80s (golden round 17).
 */
export const OVER_BUILT_POINTS = 7;
export const OVER_BUILT_MAX_PARTS = 4;

/** Everything the case says it needs, as one text: its inputs, outputs and use cases (names and reasons) and the brief. */
function caseText(rubric: DesignCase): string {
  const design = rubric.steps.design;
  const items = [...design.inputs, ...design.outputs, ...(design.useCases ?? [])];
  const own = items.flatMap((item) => [item.label, ...item.synonyms, 'why' in item && typeof item.why === 'string' ? item.why : '']);
  return [...own, ...briefOf(rubric)].filter((text) => text !== '').join('. ');
}

/** The fields of a design, as the learner wrote them. */
function designTexts(answer: DesignAnswer): string[] {
  return [...answer.inputs.map((input) => input.name), answer.useCase, answer.sla, ...answer.outputs.flatMap((output) => [output.consumer, output.store]), answer.reason];
}

/**
 * Takes OVER_BUILT_POINTS off the score for each over-built part of the design (at most OVER_BUILT_MAX_PARTS), with
 * a finding naming each part in the learner's words. A design with none is returned unchanged. Pure.
 */
export function chargeOverBuilt(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  if (result.score <= 0) return result;
  const parts = readOverBuilt(designTexts(answer), caseText(rubric)).slice(0, OVER_BUILT_MAX_PARTS);
  if (parts.length === 0) return result;
  const points = Math.min(result.score, parts.length * OVER_BUILT_POINTS);
  const named = parts.map((part) => `${part.name} (${quote(part.verbatim)})`).join(', ');
  const finding: Finding = {
    code: 'design.over-built',
    severity: 'wrong',
    points,
    message: `Your design adds what this case does not ask for: ${named}. Each costs money to run and attention to operate, and nothing in the case's facts needs it, so an interviewer asks why it is there and takes points for focus. Build what the requirements need and name the rest as a later step, with the requirement that would justify it.`,
    neutral: `Your design adds ${parts.length === 1 ? 'a part' : `${parts.length} parts`} the case does not ask for; build what the requirements need first.`,
  };
  return { score: result.score - points, findings: sortFindings([...result.findings, finding]) };
}
