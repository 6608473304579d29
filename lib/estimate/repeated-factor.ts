import type { WorkingJudgement } from './judge-working';
import { factorBetween } from './grade-bands';

/** A plain multiplier the row applies more than once, and what that does to the row. */
export interface RepeatedFactor {
  /** The multiplier as a number: 3 for a replication factor of 3. */
  factor: number;
  /** How many times the row's working applies it (through earlier rows too). */
  times: number;
  /** The row's value over the case's: 9 when x3 is applied twice and the case's figure has it nowhere. */
  ratio: number;
}

/** How close the row's error must be to the repeated multiplier's effect to be explained by it. */
const EXPLAINED = 1.05;

/**
 * A plain multiplier above 1 that the row's working applies two or more times (`daily * 3` for replication,
 * then `* 3` again on the total) when the row is off by exactly the extra applications: every one of them
 * (the case's figure has none: x3 twice = 9x) or all but one (the case's own factor, such as a peak, applied
 * twice). Undefined when no repeated multiplier explains the row's error; `learner` and `expected` are in one unit.
 */
export function repeatedFactor(judgement: WorkingJudgement, learner: number, expected: number): RepeatedFactor | undefined {
  if (!(learner > expected) || !(expected > 0) || judgement.working.sum) return undefined;
  const ratio = learner / expected;
  const counts = new Map<number, number>();
  for (const ingredient of judgement.working.ingredients) {
    if (!ingredient.literal || typeof ingredient.value !== 'number' || !(ingredient.value > 1) || ingredient.value > 100) continue;
    counts.set(ingredient.value, (counts.get(ingredient.value) ?? 0) + 1);
  }
  for (const [factor, times] of counts) {
    if (times < 2) continue;
    if (factorBetween(ratio, factor ** times) <= EXPLAINED || factorBetween(ratio, factor ** (times - 1)) <= EXPLAINED) return { factor, times, ratio };
  }
  return undefined;
}

/** The repeated multiplier in words: `applies x3 twice, so it is 9x too high`. */
export function describeRepeatedFactor(repeated: RepeatedFactor): string {
  const times = repeated.times === 2 ? 'twice' : `${repeated.times} times`;
  const ratio = Math.round(repeated.ratio * 10) / 10;
  return `applies x${repeated.factor} ${times} (${Array.from({ length: repeated.times }, () => repeated.factor).join(' x ')} = ${repeated.factor ** repeated.times}x), so it is ${ratio}x too high: a replication or overhead factor belongs once, on the figure it multiplies`;
}
