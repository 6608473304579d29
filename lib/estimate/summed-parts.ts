import type { WorkingJudgement } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { safeMath } from './safe-math';
import { FACT_TOLERANCE, sameFigure } from './same-figure';
import type { EstimateValue } from './value-dimension';
import type { Ingredient } from './working';
import { productOf, sameAmount } from './working';

/** Most literals tried as parts of a sum: 2^8 subsets stay cheap on every keystroke. */
const MAX_PARTS = 8;

function sumOf(values: readonly EstimateValue[]): EstimateValue | undefined {
  const { math } = safeMath();
  try {
    let sum: unknown = values[0];
    for (const value of values.slice(1)) sum = math.add(sum as never, value as never);
    return typeof sum === 'number' || math.isUnit(sum) ? (sum as EstimateValue) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Facts the learner rebuilt as a sum of parts they wrote: `(32 GB/day + 18 GB/day)` where the case says
 * 50 GB a day in total (32 of HL7, 18 of FHIR). Two or more literals with units whose sum is the fact
 * within FACT_TOLERANCE use that fact: a breakdown is the case's figure, not a misread of it. Only
 * `unused` facts are tried; returns their names. Pure; literals of mixed dimensions are skipped.
 */
export function summedFacts(unused: readonly string[], prepared: PreparedEstimate, ingredients: readonly Ingredient[]): Set<string> {
  const found = new Set<string>();
  const literals = ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value !== 'number').slice(0, MAX_PARTS);
  if (unused.length === 0 || literals.length < 2) return found;
  for (let mask = 1; mask < 1 << literals.length; mask += 1) {
    const parts = literals.filter((_, index) => (mask & (1 << index)) !== 0).map((ingredient) => ingredient.value);
    if (parts.length < 2) continue;
    const sum = sumOf(parts);
    if (sum === undefined) continue;
    for (const name of unused) {
      const value = prepared.factValues.get(name);
      if (value !== undefined && typeof value !== 'number' && typeof sum !== 'number' && value.equalBase(sum) && sameAmount(sum, value, FACT_TOLERANCE)) found.add(name);
    }
  }
  return found;
}

/**
 * Facts of the case outside the quantity's own that a row uses in place of a fact it leaves out, when
 * the row lands below the expected value: a part of the case's total sized as if it were all of it
 * (8M HL7 messages x 4 KB where the case says 50 GB a day of HL7 and FHIR together). Read by name or
 * by a literal that is the fact's figure; the growth fact is never such a part. Empty when the row uses
 * every fact it is built from. Pure.
 */
export function partFacts(item: PreparedQuantity, prepared: PreparedEstimate, judgement: Pick<WorkingJudgement, 'working' | 'missingFacts'>): string[] {
  if (judgement.missingFacts.length === 0 || judgement.working.bare) return [];
  const own = new Set([...item.facts, ...item.referenceFacts]);
  const found: string[] = [];
  for (const [name, value] of prepared.factValues) {
    if (own.has(name) || name === prepared.growth?.name || typeof value === 'number') continue;
    const byName = judgement.working.facts.has(name);
    const byFigure = judgement.working.ingredients.some((ingredient) => ingredient.literal && typeof ingredient.value !== 'number' && sameFigure(ingredient.value, value));
    if (byName || byFigure) found.push(name);
  }
  // The figures used must make an amount of the same kind as a fact left out, and less of it: 8M messages
  // x 4 KB is 32 GB a day of the case's 50. A period that happens to match a retention fact is no part.
  const product = productOf(found.map((name) => prepared.factValues.get(name)).filter((value): value is EstimateValue => value !== undefined));
  if (product === undefined || typeof product === 'number') return [];
  const isPartOf = (name: string) => {
    const total = prepared.factValues.get(name);
    return total !== undefined && typeof total !== 'number' && total.equalBase(product) && product.value < total.value;
  };
  return judgement.missingFacts.some(isPartOf) ? found : [];
}
