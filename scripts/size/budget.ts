import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** scripts/size/budget.json: per page, the most JavaScript (KB, transferred until idle) it may load. */
export const BUDGET_FILE = 'scripts/size/budget.json';

const budgetSchema = z.record(z.string(), z.number().positive());
export type Budget = z.infer<typeof budgetSchema>;

/** Reads the budget; throws with the file name when it is missing or malformed. */
export function readBudget(file = BUDGET_FILE): Budget {
  const parsed = budgetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: expected { "page name": KB, ... }`);
  return parsed.data;
}

/** Writes measured figures as the new budget, each rounded up to the next whole KB. */
export function writeBudget(figures: Record<string, number>, file = BUDGET_FILE): void {
  const rounded = Object.fromEntries(Object.entries(figures).map(([name, kb]) => [name, Math.ceil(kb)]));
  writeFileSync(file, `${JSON.stringify(rounded, null, 2)}\n`);
}

/** Pages whose figure is past their budget, with both numbers; pages without a budget are not judged. */
export function overBudget(figures: Record<string, number>, budget: Budget): { name: string; kb: number; budget_kb: number }[] {
  return Object.entries(figures).flatMap(([name, kb]) => {
    const limit = budget[name];
    return limit !== undefined && kb > limit ? [{ name, kb, budget_kb: limit }] : [];
  });
}
