import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';

/**
 * How a 45-minute interview is usually paced: a few minutes each to clarify and estimate, a short
 * high-level pass, the longest stretch on the full diagram, and the rest on deep dives. A case with
 * another length scales these shares.
 */
export const STEP_BUDGET_SHARES: Readonly<Record<StepId, number>> = {
  clarify: 5,
  estimate: 5,
  design: 8,
  diagram: 15,
  'deep-dive': 12,
};

/** Whole minutes per step that add up exactly to the interview's length (largest remainder). */
export function stepBudgets(durationMinutes: number): Record<StepId, number> {
  const totalShares = STEP_IDS.reduce((sum, step) => sum + STEP_BUDGET_SHARES[step], 0);
  const exact = STEP_IDS.map((step) => ({ step, minutes: (STEP_BUDGET_SHARES[step] * durationMinutes) / totalShares }));
  const budgets = Object.fromEntries(exact.map(({ step, minutes }) => [step, Math.floor(minutes)])) as Record<StepId, number>;
  let left = durationMinutes - STEP_IDS.reduce((sum, step) => sum + budgets[step], 0);
  const byRemainder = [...exact].sort((a, b) => b.minutes - Math.floor(b.minutes) - (a.minutes - Math.floor(a.minutes)) || STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step));
  for (const { step } of byRemainder) {
    if (left <= 0) break;
    budgets[step] += 1;
    left -= 1;
  }
  return budgets;
}
