import type { StepId } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import type { Rubric } from './rubric-schema';

const emptySteps: Omit<Rubric['steps'], 'clarify'> = {
  estimate: { quantities: [] },
  design: { inputs: [], outputs: [] },
  diagram: { requiredKinds: [], flows: [], errorHandling: [], antipatterns: [] },
  'deep-dive': { prompts: [] },
};

/**
 * The part of a rubric a step page needs in the browser. Steps keep what their engine reads (the
 * estimate step needs the clarify facts, which reveal the numbers), so a page does not ship the whole case.
 */
export function rubricForStep(rubric: Rubric, step: StepId): Rubric {
  const base: Rubric = { version: rubric.version, steps: { clarify: rubric.steps.clarify, ...emptySteps } };
  switch (step) {
    case 'clarify':
      return base;
    case 'estimate':
      return { ...base, steps: { ...base.steps, estimate: rubric.steps.estimate } };
    case 'design':
      return { ...base, steps: { ...base.steps, design: rubric.steps.design } };
    case 'diagram':
      return { ...base, steps: { ...base.steps, diagram: rubric.steps.diagram } };
    case 'deep-dive':
      return { ...base, steps: { ...base.steps, 'deep-dive': rubric.steps['deep-dive'] } };
    default:
      return assertNever(step, 'step');
  }
}
