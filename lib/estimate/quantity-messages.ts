import type { Quantity } from '../content/rubric-schema';
import type { Dimension } from '../units/dimensions';
import { dimensionLabel } from '../units/dimensions';
import { formatNumber } from './format-quantity';
import { significantDigits } from './same-figure';

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** `73 TB`, `99.9%`, `5`: the expected value in the unit the case asks for. */
export function formatExpected(quantity: Quantity, expected: number): string {
  const unit = quantity.unit.trim();
  if (unit === '') return formatNumber(expected, 6);
  if (unit === '%') return `${formatNumber(expected, 6)}%`;
  return `${formatNumber(expected)} ${unit}`;
}

/** `2.05x the expected 73 TB` or `8x below the expected 73 TB`. */
export function describeFactor(value: number, expected: number, expectedText: string): string {
  if (value >= expected) return `${formatNumber(value / expected)}x the expected ${expectedText}`;
  return `${formatNumber(expected / value)}x below the expected ${expectedText}`;
}

function expectedKind(quantity: Quantity): string {
  if (quantity.dimension === 'ratio') return quantity.unit.trim() === '%' ? 'a ratio such as 99.9% or 0.999' : 'a plain number or a percentage';
  return `${withArticle(dimensionLabel(quantity.dimension))} such as ${quantity.unit}`;
}

/** "storage_per_year is in GB/day, a data rate; expected a data size such as TB". */
export function wrongDimensionMessage(quantity: Quantity, learnerDimension: Dimension | undefined, learnerUnit: string): string {
  const expected = expectedKind(quantity);
  if (learnerDimension === 'ratio') return `${quantity.id} is a plain number with no unit; expected ${expected}`;
  if (learnerDimension === undefined) {
    return `${quantity.id} is in ${learnerUnit}, which is none of the quantities a case asks for; expected ${expected}`;
  }
  return `${quantity.id} is in ${learnerUnit}, ${withArticle(dimensionLabel(learnerDimension))}; expected ${expected}`;
}

/**
 * Finds a literal the learner rounded, e.g. 400 where the reference uses 365: a rounder number (at most two
 * significant digits, fewer than the reference's) within `tolerance` of it, the closest such pair first. 24 is
 * never a rounding of 20, so a different figure is not mistaken for one.
 */
export function roundedLiteral(
  learner: readonly number[],
  reference: readonly number[],
  tolerance: number,
): { from: number; to: number } | undefined {
  let best: { from: number; to: number; factor: number } | undefined;
  for (const from of reference) {
    if (from <= 1 || learner.includes(from)) continue;
    for (const to of learner) {
      if (reference.includes(to) || to === from || to <= 0) continue;
      const factor = Math.max(to / from, from / to);
      const digits = significantDigits(to);
      if (factor > 1 + tolerance || digits > 2 || digits >= significantDigits(from)) continue;
      if (best === undefined || factor < best.factor) best = { from, to, factor };
    }
  }
  return best && { from: best.from, to: best.to };
}
