import { factorBetween } from './grade-bands';
import type { WorkingJudgement } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';

/** A plain multiplier of the case (a peak factor, entries per authorisation) a row left out. */
export interface MissingMultiplier {
  name: string;
  value: number;
}

/**
 * The plain multiplier (a fact above 1 the quantity is built from, such as `peak_factor`) whose absence
 * explains an off row: the row does not use it, and the row's value times it lands within the quantity's
 * tolerance of the expected value (the daily average given for the peak). Undefined when no single left-out
 * multiplier explains the gap. `learner` and `expected` are in the quantity's unit.
 */
export function missingMultiplier(item: PreparedQuantity, prepared: PreparedEstimate, judgement: WorkingJudgement, learner: number, expected: number): MissingMultiplier | undefined {
  if (!(learner > 0) || !(expected > learner)) return undefined;
  for (const name of judgement.missingFacts) {
    const value = prepared.factValues.get(name);
    if (typeof value !== 'number' || !(value > 1)) continue;
    if (factorBetween(learner * value, expected) <= 1 + item.quantity.tolerance) return { name, value };
  }
  return undefined;
}
