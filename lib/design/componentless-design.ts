import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { namedDesignParts, namedIngestionParts } from '../text/design-parts';
import type { DesignAnswer } from './design-answer-schema';

/**
 * The most a design can score when it names no part that does the work: its sources, use cases, SLAs and consumers
 * may be right, with volumes and retention to the byte, but no store serves any consumer ("a store"), and neither the
 * reason nor the sources name how data moves, where it is processed or where it is kept (no broker, job, table,
 * product or connector). Requirements restated are not a design: an interviewer cannot ask how any of it is met
 * (golden round 23: an IoT design with every number and no component, signed 32).
 */
export const COMPONENTLESS_DESIGN_MAX = 35;

/**
 * The fewest words of reason that make a design's silence on its parts a restatement rather than a thin answer: a
 * one-line reason ("Sensors stream data.") is short of everything, and the points it misses already say so.
 */
export const MIN_REASON_WORDS = 12;

/** The parts a design names: what its sources' names add to the source (CDC, MQTT), and those in its stores and reason. */
function namedParts(answer: DesignAnswer): string[] {
  return [
    ...answer.inputs.flatMap((input) => namedIngestionParts(input.name)),
    ...[...answer.outputs.map((output) => output.store), answer.reason].flatMap((text) => namedDesignParts(text)),
  ];
}

/**
 * Whether a design names no part that does its work (see COMPONENTLESS_DESIGN_MAX): its reason runs to at least
 * MIN_REASON_WORDS words, and no part name (lib/text/design-parts.ts) is in the stores or the reason, nor added to a
 * source in its name (its own database, "the shop database", is the source, not a part). A blank or one-line design is left to the points it misses. Pure.
 */
export function isComponentless(answer: DesignAnswer): boolean {
  const words = answer.reason.split(/\s+/).filter((word) => /\w/.test(word)).length;
  return words >= MIN_REASON_WORDS && namedParts(answer).length === 0;
}

/** Caps at COMPONENTLESS_DESIGN_MAX a design that names no part doing its work, with a finding saying what is missing. */
export function capComponentless(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= COMPONENTLESS_DESIGN_MAX || !isComponentless(answer)) return result;
  return capScore(result, COMPONENTLESS_DESIGN_MAX, () => ({
    code: 'design.componentless-cap',
    severity: 'wrong',
    message: `Your design states the requirements (sources, volumes, SLAs, consumers) but names no part that meets them: no store serves a consumer, and nothing says how data moves, where it is processed or where it is kept. So it is scored at most ${COMPONENTLESS_DESIGN_MAX} out of 100: requirements restated are not a design. Name the components and flows (how data is ingested, which job computes each output, which store each consumer reads) and tie each to the SLA it meets.`,
    neutral: `Your design restates the requirements but names no component, so it is scored at most ${COMPONENTLESS_DESIGN_MAX} out of 100: name the parts and how data flows through them.`,
    refs: ['processingStyle'],
  }));
}
