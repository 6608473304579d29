import { factorBetween } from './grade-bands';
import type { WorkingJudgement } from './judge-working';
import { FAR_FACTOR, isPeriod } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { sameFigure } from './same-figure';
import type { EstimateValue } from './value-dimension';

/** A fact of the quantity the row left out, and the other figure of the same answer it used in its place. */
export interface SwappedFact {
  /** The fact the quantity is built from (`online_drivers_avg`). */
  wanted: string;
  /** The fact of the same clarify answer, of the same dimension, the row used instead (`online_drivers_peak`). */
  used: string;
}

/** A figure's size in base units (plain numbers as they are), for the ratio of two figures of one dimension. */
function size(value: EstimateValue): number | undefined {
  if (typeof value === 'number') return value;
  return value.value === null ? undefined : value.value;
}

function sameDimension(a: EstimateValue, b: EstimateValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number';
  return a.equalBase(b);
}

/**
 * The pair of figures an off row mixed up: a fact the quantity is built from that the row leaves out, and a
 * sibling of it (a value of the same clarify answer, of the same dimension, that the quantity is not built
 * from) that the row uses by name or by number, such that putting the wanted figure in its place lands the
 * row within the quantity's tolerance, the two no more than FAR_FACTOR apart. The peak fleet sized all day where the day's volume needs the average
 * (200,000 drivers for 90,000), or the average where the peak rate is asked. Undefined when no such swap
 * explains the gap. `learner` and `expected` are in the quantity's unit.
 */
export function swappedFact(item: PreparedQuantity, prepared: PreparedEstimate, judgement: WorkingJudgement, learner: number, expected: number): SwappedFact | undefined {
  if (!(learner > 0) || !(expected > 0)) return undefined;
  const own = new Set([...item.facts, ...item.referenceFacts]);
  const literals = judgement.working.ingredients.filter((ingredient) => ingredient.literal);
  for (const wanted of judgement.missingFacts) {
    const wantedValue = prepared.factValues.get(wanted);
    const group = prepared.factGroups.get(wanted);
    if (wantedValue === undefined || group === undefined) continue;
    for (const [used, usedValue] of prepared.factValues) {
      if (own.has(used) || prepared.factGroups.get(used) !== group || !sameDimension(wantedValue, usedValue)) continue;
      // A calendar period (`365 day`) is the learner's own choice of span, never another retention of the case.
      const written = judgement.working.facts.has(used) || literals.some((ingredient) => !isPeriod(ingredient.value) && sameFigure(ingredient.value, usedValue) && !sameFigure(ingredient.value, wantedValue));
      if (!written) continue;
      const from = size(usedValue);
      const to = size(wantedValue);
      // A pair within FAR_FACTOR of each other (a peak and its average); one farther off is another stream of
      // the case (orders for clickstream events), judged as a substitution, not a swap.
      if (from === undefined || to === undefined || !(from > 0) || !(to > 0) || factorBetween(from, to) <= 1 + item.quantity.tolerance || factorBetween(from, to) > FAR_FACTOR) continue;
      if (factorBetween((learner * to) / from, expected) <= 1 + item.quantity.tolerance) return { wanted, used };
    }
  }
  return undefined;
}
