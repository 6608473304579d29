import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { namedIngestionParts } from '../text/design-parts';
import type { DesignAnswer } from './design-answer-schema';
import { getDesignIndex, rowId } from './design-index';
import type { DesignCase } from './design-index';

/**
 * The most a design can score when its outputs stand on no inputs: the case has three sources or more, the design
 * names at most one of them, and no input row says how its data arrives (no batch/stream mode, no connector, broker
 * or protocol in its name: "sensor data"). However right its stores and consumers, an interviewer cannot ask how late,
 * lost or duplicated data is handled when nothing says where the data comes from (golden round 24: an IoT design with
 * every output right and one input, "sensor data", 40 by hand), the ceiling of a design missing its case's core.
 */
export const INPUTLESS_DESIGN_MAX = 45;

/** The fewest sources a case has for one named source to leave most of it out. */
export const INPUTLESS_CASE_SOURCES = 3;

/**
 * Whether a design leaves out its inputs (see INPUTLESS_DESIGN_MAX): at most one of the case's sources named, and no
 * row with a mode or an ingestion part in its name. Pure.
 */
export function isInputless(answer: DesignAnswer, rubric: DesignCase): boolean {
  const sources = rubric.steps.design.inputs;
  if (sources.length < INPUTLESS_CASE_SOURCES) return false;
  const rows = answer.inputs.filter((input) => input.name.trim() !== '');
  const index = getDesignIndex(rubric);
  const named = new Set(rows.map((input) => rowId(index.inputs, input.name)).filter((id) => id !== undefined));
  if (named.size > 1) return false;
  return rows.every((input) => input.mode === '' && namedIngestionParts(input.name).length === 0);
}

/** Caps at INPUTLESS_DESIGN_MAX a design whose inputs are left out, with a finding saying what is missing. */
export function capInputless(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  if (result.score <= INPUTLESS_DESIGN_MAX || !isInputless(answer, rubric)) return result;
  return capScore(result, INPUTLESS_DESIGN_MAX, () => ({
    code: 'design.inputless-cap',
    severity: 'wrong',
    message: `Your outputs are served from inputs the design never names: at most one of the case's ${rubric.steps.design.inputs.length} sources appears, and nothing says how any data arrives (batch or stream, over which connector or protocol). So the design is scored at most ${INPUTLESS_DESIGN_MAX} out of 100: without the inputs there is no answer to late, lost or duplicated data. Name each source, how it arrives and how often.`,
    neutral: `Your design names almost none of the case's sources and not how data arrives, so it is scored at most ${INPUTLESS_DESIGN_MAX} out of 100.`,
    refs: ['processingStyle'],
  }));
}
