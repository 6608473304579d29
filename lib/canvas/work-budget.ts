/**
 * Caps the pairwise work of one read so a pathological scene (100k overlapping giants) degrades
 * to a partial graph plus a note instead of hanging the UI thread.
 */
export interface WorkBudget {
  remaining: number;
  exhausted: boolean;
}

export const DEFAULT_WORK_BUDGET = 4_000_000;

export function createWorkBudget(limit = DEFAULT_WORK_BUDGET): WorkBudget {
  return { remaining: limit, exhausted: false };
}

/** Spends `n` units; returns false once the budget is gone. */
export function spend(budget: WorkBudget, n = 1): boolean {
  budget.remaining -= n;
  if (budget.remaining < 0) budget.exhausted = true;
  return !budget.exhausted;
}
