import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepBudgets } from '../../../lib/interview/budgets';
import { MAX_INTERVIEW_MINUTES, MIN_INTERVIEW_MINUTES } from '../../../lib/interview/interview-schema';
import { STEP_IDS } from '../../../lib/steps/steps';

describe('step budgets', () => {
  it('paces a 45-minute interview as 5/5/8/15/12 minutes', () => {
    expect(stepBudgets(45)).toEqual({ clarify: 5, estimate: 5, design: 8, diagram: 15, 'deep-dive': 12 });
  });

  it('scales to a longer case and still adds up exactly', () => {
    const budgets = stepBudgets(60);
    expect(Object.values(budgets).reduce((a, b) => a + b, 0)).toBe(60);
    expect(budgets.diagram).toBe(20);
  });

  it('always sums to the interview length, in whole minutes, with the diagram the longest step', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_INTERVIEW_MINUTES, max: MAX_INTERVIEW_MINUTES }), (minutes) => {
        const budgets = stepBudgets(minutes);
        expect(STEP_IDS.reduce((sum, step) => sum + budgets[step], 0)).toBe(minutes);
        for (const step of STEP_IDS) {
          expect(Number.isInteger(budgets[step])).toBe(true);
          expect(budgets.diagram).toBeGreaterThanOrEqual(budgets[step]);
        }
      }),
    );
  });
});
