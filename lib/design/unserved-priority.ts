import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import type { DesignOutput } from './design-answer-schema';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import type { OutputsServed } from './score-outputs';
import { strictestUseCase } from './strictest-use-case';

/**
 * The most a design can score when no row serves the output its strictest use case exists for (the surge multiplier
 * for the pricing service, the fraud score for the switch) while it serves other consumers: the freshness may be
 * stated and the processing built, but the result ends nowhere a reader is named, so the feature the business asked
 * for first does not reach anyone. Interviewers sign such designs as mediocre (golden rounds 21-22: 50 for that output
 * served from the wrong store, 58 for it left out), the band of a near-missed SLA.
 */
export const UNSERVED_PRIORITY_DESIGN_MAX = 55;

/** The case's strictest use case (smallest freshnessSeconds) and its outputs' labels, or undefined when it has none. */
function priorityOutputs(rubric: DesignCase): { id: string; useCase: string; outputs: { id: string; label: string }[] } | undefined {
  const design = rubric.steps.design;
  const strict = strictestUseCase(design);
  if (!strict) return undefined;
  const id = strict.id;
  const outputs = design.outputs.filter((output) => output.useCase === id).map((output) => ({ id: output.id, label: output.label }));
  return outputs.length === 0 ? undefined : { id, useCase: strict.label, outputs };
}

/**
 * The labels of the strictest use case's outputs when no row serves any of them and at least one other output is
 * served soundly (a design with readers, just not this one); undefined otherwise. Pure.
 */
export function unservedPriority(rubric: DesignCase, served: OutputsServed, rows: readonly DesignOutput[]): { useCase: string; outputs: string[] } | undefined {
  const priority = priorityOutputs(rubric);
  const missing = served.missing;
  if (!priority || !missing || served.sound.size === 0) return undefined;
  if (!priority.outputs.every((output) => missing.has(output.id))) return undefined;
  // A row that speaks of the use case or its output at all ("ops / stock table") serves it in words the rubric may not
  // list as a reader: the output is read as missing, and charged as such, but not as left out.
  const index = getDesignIndex(rubric);
  const ids = new Set(priority.outputs.map((output) => output.id));
  const spoken = rows.some((row) => [row.consumer, row.store].some((text) => namedIds(index.useCases, text).includes(priority.id) || namedIds(index.outputs, text).some((id) => ids.has(id))));
  if (spoken) return undefined;
  return { useCase: priority.useCase, outputs: priority.outputs.map((output) => output.label) };
}

/** Caps at UNSERVED_PRIORITY_DESIGN_MAX a design that serves its strictest use case's outputs to nobody, naming them. */
export function capUnservedPriority(result: StepResult, rubric: DesignCase, served: OutputsServed, rows: readonly DesignOutput[]): StepResult {
  const unserved = unservedPriority(rubric, served, rows);
  if (!unserved) return result;
  const named = unserved.outputs.join(', ');
  return capScore(result, UNSERVED_PRIORITY_DESIGN_MAX, () => ({
    code: 'design.priority-output-unserved',
    severity: 'wrong',
    message: `No output serves ${named}, which ${unserved.useCase} exists for, so the design is scored at most ${UNSERVED_PRIORITY_DESIGN_MAX} out of 100: whatever computes it, the result reaches no reader. Add the consumer that reads it and the store it reads from, built for how fast it must be.`,
    neutral: `Your outputs leave out ${named}, the output the most urgent use case exists for, so the design is scored at most ${UNSERVED_PRIORITY_DESIGN_MAX} out of 100.`,
  }));
}
