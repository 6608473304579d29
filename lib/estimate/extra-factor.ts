import { factorBetween } from './grade-bands';
import type { WorkingJudgement } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { FACT_TOLERANCE } from './same-figure';
import { sameAmount } from './working';

/** A plain multiplier the row applies that the case does not give for its figure, and what it does to the row. */
export interface ExtraFactor {
  /** The multiplier as written: `3`. */
  text: string;
  /** Its value: 3. */
  factor: number;
}

/** How close the row's error must be to the multiplier for the multiplier to explain it. */
const EXPLAINED = 1.05;
/** Multipliers above this are counts or conversions, not an overhead someone adds (`* 365`, `* 1000`). */
const MAX_FACTOR = 10;

/**
 * A plain multiplier above 1 (at most MAX_FACTOR) that a row of events or rows counted (a count or a rate),
 * otherwise built exactly as the case's figure
 * (every fact and factor used, nothing far from the case, misread or cancelling) applies once on top, when it
 * explains the row's whole error: `ledger_rows = 15e6 events/day * 4 * 365 day * 3` "for Kafka replication",
 * 3x the case's 21.9 billion rows. The multiplier is no figure of the case, no factor of the quantity and not
 * the case's growth. Undefined when no such multiplier explains the row; `learner` and `expected` are in one
 * unit. Pure; never throws.
 */
export function extraFactor(item: PreparedQuantity, prepared: PreparedEstimate, judgement: WorkingJudgement, learner: number, expected: number): ExtraFactor | undefined {
  // Replication or overhead on bytes stored can be a choice; on a count of events or rows it is a confusion.
  const counted = item.quantity.dimension === 'event_count' || item.quantity.dimension === 'event_rate';
  if (!counted || !judgement.ok || judgement.foreign.length > 0 || judgement.working.sum || !(learner > expected) || !(expected > 0)) return undefined;
  const ratio = learner / expected;
  const figures = [...prepared.factValues.values(), ...item.factors.flatMap((figure) => (figure.value === undefined ? [] : [figure.value]))];
  const plain = judgement.working.ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value === 'number' && ingredient.value > 1 && ingredient.value <= MAX_FACTOR);
  for (const ingredient of plain) {
    const value = ingredient.value as number;
    if (plain.filter((other) => other.value === value).length > 1) continue;
    if (factorBetween(ratio, value) > EXPLAINED) continue;
    // Within a fact's tolerance, not a rounding of it: x2 is no rounded x2.5 peak.
    if (figures.some((figure) => sameAmount(ingredient.value, figure, FACT_TOLERANCE))) continue;
    if (prepared.growth !== undefined && Math.abs(prepared.growth.factor - value) < 1e-9) continue;
    return { text: ingredient.text, factor: value };
  }
  return undefined;
}
