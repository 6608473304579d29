import type { DetailedRow } from './evaluate-worksheet';
import { formatQuantity } from './format-quantity';
import { factorBetween } from './grade-bands';
import { isPeriod, productsOf } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { sameFigure } from './same-figure';
import type { EstimateValue } from './value-dimension';
import { symbolsOf, workingOf } from './working';

/** A figure this many times off the case's is a misreading, not a rounding (as judge-working's misread facts). */
const MISREAD_FACTOR = 1.5;
/** How closely the row's error must equal its misread literal's error for that literal to explain it. */
const EXPLAINED_FACTOR = 1.1;

/**
 * A worked row that answers no quantity and feeds no other row, off against the figure of the case it
 * computes because one of its literals misreads a fact: `audit_per_day = 20e6 events/day * 5 KB/event`
 * where the case says 500 B/event, 10x the case's 10 GB/day. A total of that quantity that lands anyway
 * does not follow from the sheet's own working.
 */
export interface StrayIntermediate {
  /** The off row. */
  row: DetailedRow;
  /** The quantity whose figure the row computes on the way. */
  item: PreparedQuantity;
  /** The literal that misreads a fact, as written: `5 KB/event`. */
  used: string;
  /** The fact it misreads, by name, and the case's figure for it. */
  fact: string;
  factText: string;
  /** The figure of the case the row stands for (a product of the quantity's facts), formatted: `10 GB/day`. */
  figure: string;
  /** The row's value over that figure: 10 for 10x too high. */
  ratio: number;
}

/** The factor between two figures of one dimension, or undefined when they are not comparable. */
function ratioOf(a: EstimateValue, b: EstimateValue): number | undefined {
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

/** Row keys some row of the sheet uses by name. */
function usedKeys(rows: readonly DetailedRow[]): Set<string> {
  const used = new Set<string>();
  for (const row of rows) if (row.node !== undefined) for (const name of symbolsOf(row.node)) used.add(name.toLowerCase());
  return used;
}

/**
 * The rows of a sheet that compute a figure of the case wrongly and lead nowhere (StrayIntermediate): each
 * row that answers no quantity (`answerKeys`), is used by no other row, shows working, and lands more than
 * 1.5x off a product of a quantity's facts whose other facts it uses, by exactly the error of one literal
 * with a unit that stands where that product's fact belongs. Calendar periods are left alone (a Kafka
 * retention of 3 days is a choice, not a misread 7 years). One entry per row at most; never throws.
 */
export function strayIntermediates(prepared: PreparedEstimate, rows: readonly DetailedRow[], rowsByKey: ReadonlyMap<string, DetailedRow>, answerKeys: ReadonlySet<string>): StrayIntermediate[] {
  const factNames = new Set(prepared.factValues.keys());
  const used = usedKeys(rows);
  const found: StrayIntermediate[] = [];
  for (const row of rows) {
    if (row.raw === undefined || row.key === '' || answerKeys.has(row.key.toLowerCase()) || used.has(row.key.toLowerCase())) continue;
    const working = workingOf(row, rowsByKey, factNames);
    if (working.bare || working.sum || working.midpoint) continue;
    const literals = working.ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value !== 'number' && !isPeriod(ingredient.value));
    if (literals.length === 0) continue;
    const usesFact = (name: string): boolean => {
      const value = prepared.factValues.get(name);
      return working.facts.has(name) || (value !== undefined && working.ingredients.some((ingredient) => sameFigure(ingredient.value, value)));
    };
    const match = firstMatch(prepared, row, literals, usesFact);
    if (match !== undefined) found.push(match);
  }
  return found;
}

function firstMatch(prepared: PreparedEstimate, row: DetailedRow, literals: readonly { text: string; value: EstimateValue }[], usesFact: (name: string) => boolean): StrayIntermediate | undefined {
  const raw = row.raw;
  if (raw === undefined) return undefined;
  for (const item of prepared.quantities) {
    if (item.error !== undefined) continue;
    for (const product of productsOf(item, prepared)) {
      const ratio = ratioOf(raw, product.value);
      if (ratio === undefined || factorBetween(ratio, 1) < MISREAD_FACTOR) continue;
      for (const fact of product.names) {
        const value = prepared.factValues.get(fact);
        if (value === undefined || typeof value === 'number' || usesFact(fact)) continue;
        if (!product.names.every((name) => name === fact || usesFact(name))) continue;
        for (const literal of literals) {
          const own = ratioOf(literal.value, value);
          if (own === undefined || factorBetween(own, 1) < MISREAD_FACTOR || factorBetween(own, ratio) > EXPLAINED_FACTOR) continue;
          return { row, item, used: literal.text, fact, factText: prepared.allValues[fact] ?? fact, figure: inUnitOf(product.value, raw), ratio };
        }
      }
    }
  }
  return undefined;
}
