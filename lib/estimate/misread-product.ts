import type { DetailedRow } from './evaluate-worksheet';
import { formatQuantity } from './format-quantity';
import { factorBetween } from './grade-bands';
import { isPeriod, productsOf } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { sameFigure } from './same-figure';
import type { EstimateValue } from './value-dimension';
import type { Working } from './working';
import { workingOf } from './working';

/** A figure this many times off the case's is a misreading, not a rounding (as judge-working's misread facts). */
const MISREAD_FACTOR = 1.5;
/** How closely the row's error must equal its misread literal's error for that literal to explain it. */
const EXPLAINED_FACTOR = 1.1;
/** A row within this factor of a figure the case's facts give computes that figure: it misreads nothing. */
const LANDS_FACTOR = 1.1;

/**
 * A worked row that computes a figure of the case (a product of a quantity's facts) off by the error of one
 * literal that stands where one of those facts belongs: `minute_tier = 50000 * 144 events/day * 200 B/event
 * * 730 day` where the case's one rollup a minute is 1,440 a day, 10x below the tier's 10.5 TB.
 */
export interface MisreadProduct {
  /** The quantity whose figure the row computes on the way. */
  item: PreparedQuantity;
  /** The literal that misreads a fact, as written: `5 KB/event`. */
  used: string;
  /** The fact it misreads, by name, and the case's figure for it. */
  fact: string;
  factText: string;
  /** The figure of the case the row stands for, formatted in the row's units: `10 GB/day`. */
  figure: string;
  /** The row's value over that figure: 10 for 10x too high. */
  ratio: number;
}

/** The factor between two figures of one dimension, or undefined when they are not comparable. */
export function ratioOf(a: EstimateValue, b: EstimateValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a > 0 && b > 0 ? a / b : undefined;
  if (typeof a === 'number' || typeof b === 'number' || !a.equalBase(b) || !(a.value > 0) || !(b.value > 0)) return undefined;
  return a.value / b.value;
}

/** A figure of the case in the units of the learner's row (`10 GB/day` beside a row in GB/day), formatted. */
function inUnitOf(value: EstimateValue, row: EstimateValue): string {
  if (typeof value === 'number' || typeof row === 'number') return formatQuantity(value).display;
  try {
    return formatQuantity(value.to(row.formatUnits())).display;
  } catch {
    return formatQuantity(value).display;
  }
}

/**
 * True when the working uses a fact: by name, by its figure, or inside a product of the case's facts written
 * as one figure (`50000 events/s` for 2,500 machines x 20 sensors x one reading a second).
 */
function usesFact(name: string, working: Working, item: PreparedQuantity, prepared: PreparedEstimate): boolean {
  const value = prepared.factValues.get(name);
  if (working.facts.has(name)) return true;
  if (value !== undefined && working.ingredients.some((ingredient) => sameFigure(ingredient.value, value))) return true;
  const literals = working.ingredients.filter((ingredient) => ingredient.literal);
  // A plain number stands for a plain product only (50,000 is 2,500 machines x 20 sensors, not a rate).
  const writes = (product: EstimateValue) => literals.some((ingredient) => (typeof ingredient.value === 'number') === (typeof product === 'number') && sameFigure(ingredient.value, product));
  return productsOf(item, prepared).some((product) => product.names.includes(name) && writes(product.value));
}

/** True when a value is a figure the case's facts give: a quantity's reference or a product of its facts. */
export function isCaseFigure(value: EstimateValue, prepared: PreparedEstimate): boolean {
  const lands = (figure: EstimateValue | undefined) => {
    const ratio = figure === undefined ? undefined : ratioOf(value, figure);
    return ratio !== undefined && factorBetween(ratio, 1) <= LANDS_FACTOR;
  };
  return prepared.quantities.some((item) => item.error === undefined && (lands(item.reference) || productsOf(item, prepared).some((product) => lands(product.value))));
}

/**
 * The figure of the case a worked row computes wrongly through one misread literal (MisreadProduct), among
 * the products of `items`' facts, or undefined. The row must show working, be no sum or range middle, use
 * every other fact of that product, and land MISREAD_FACTOR or more off it by exactly the error of one literal
 * with a unit that stands where the product's remaining fact belongs (of several, the fact nearest the
 * literal). A row that lands on any figure the case's facts give (an extra bandwidth row in Gbit/s beside
 * the daily volume) misreads nothing, and calendar periods are left alone (a Kafka retention of 3 days is a
 * choice, not a misread 7 years). Never throws.
 */
export function misreadProduct(prepared: PreparedEstimate, row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, items: readonly PreparedQuantity[] = prepared.quantities): MisreadProduct | undefined {
  const raw = row.raw;
  if (raw === undefined) return undefined;
  const working = workingOf(row, rowsByKey, new Set(prepared.factValues.keys()));
  if (working.bare || working.sum || working.midpoint) return undefined;
  const literals = working.ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value !== 'number' && !isPeriod(ingredient.value));
  if (literals.length === 0 || isCaseFigure(raw, prepared)) return undefined;
  // The fact the literal is closest to is the one it misreads (2.4 a day for one an hour, not for one every 5 s).
  let best: { match: MisreadProduct; off: number } | undefined;
  for (const item of items) {
    if (item.error !== undefined) continue;
    for (const product of productsOf(item, prepared)) {
      const ratio = ratioOf(raw, product.value);
      if (ratio === undefined || factorBetween(ratio, 1) < MISREAD_FACTOR) continue;
      for (const fact of product.names) {
        const value = prepared.factValues.get(fact);
        if (value === undefined || typeof value === 'number' || usesFact(fact, working, item, prepared)) continue;
        if (!product.names.every((name) => name === fact || usesFact(name, working, item, prepared))) continue;
        for (const literal of literals) {
          const own = ratioOf(literal.value, value);
          if (own === undefined || factorBetween(own, 1) < MISREAD_FACTOR || factorBetween(own, ratio) > EXPLAINED_FACTOR) continue;
          const off = factorBetween(own, 1);
          if (best === undefined || off < best.off) best = { match: { item, used: literal.text, fact, factText: prepared.allValues[fact] ?? fact, figure: inUnitOf(product.value, raw), ratio }, off };
        }
      }
    }
  }
  return best?.match;
}
