import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEPS } from '../../../lib/steps/steps';
import { stepInstructions } from '../../../lib/steps/step-instructions';
import { loadedAtOnce } from '../static-imports';

// What a step page's browser code loads at once should be what the page shows before the learner acts.
describe('a step page on a first visit', () => {
  it('ships the step instructions as rendered text: the stepper loads steps.ts without them', () => {
    expect(loadedAtOnce('components/step/stepper.tsx').has('lib/steps/steps.ts')).toBe(true);
    expect(loadedAtOnce('components/step/stepper.tsx').has('lib/steps/step-instructions.ts')).toBe(false);
    expect(STEPS.every((step) => !('instructions' in step))).toBe(true);
  });

  it('every step keeps its instructions, written as sentences', () => {
    for (const step of STEP_IDS) {
      const lines = stepInstructions(step);
      expect(lines.length, step).toBeGreaterThanOrEqual(3);
      for (const line of lines) expect(line, step).toMatch(/^[A-Z].*[.)]$/);
    }
  });

  it('the estimate step loads the availability math only with the opened helper panel', () => {
    const workspace = loadedAtOnce('components/estimate/estimate-workspace.tsx');
    expect(workspace.has('components/estimate/availability-helper.tsx')).toBe(true);
    expect(workspace.has('components/estimate/availability-calculator.tsx')).toBe(false);
    expect(workspace.has('lib/estimate/availability-report.ts')).toBe(false);
    expect(loadedAtOnce('components/estimate/availability-calculator.tsx').has('lib/estimate/availability-report.ts')).toBe(true);
  });
});
