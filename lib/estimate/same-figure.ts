import type { EstimateValue } from './value-dimension';
import { sameAmount } from './working';

/** A fact's number written instead of its name counts when it is within 10% (`580 events/s` for 50e6 a day). */
export const FACT_TOLERANCE = 0.1;

/**
 * A rounder figure counts within 25%, the tolerance of a quantity itself: `100k s` for a day's 86,400 s,
 * `500 GB/day` for 432 GB/day, `400 days` for a year. Rounder means at most two significant digits and fewer
 * than the case's figure has (24 is no rounding of 20), so a different figure is never taken for a rounding.
 */
export const ROUNDING_TOLERANCE = 0.25;

/** Significant digits of a number as written: 86,400 has 3, 100,000 has 1, 0.25 has 2. */
export function significantDigits(value: number): number {
  const size = Math.abs(value);
  if (!(size > 0) || !Number.isFinite(size)) return 0;
  for (let digits = 1; digits < 15; digits += 1) {
    if (Math.abs(Number(size.toPrecision(digits)) - size) <= size * 1e-9) return digits;
  }
  return 15;
}

/** The learner's number as written (`500` for 500 GB/day) and the case's in the same unit (432). */
function writtenNumbers(learner: EstimateValue, figure: EstimateValue): [number, number] | undefined {
  if (typeof learner === 'number') return typeof figure === 'number' ? [learner, figure] : [learner, figure.toNumber()];
  try {
    return [learner.toNumber(), typeof figure === 'number' ? figure : figure.toNumber(learner.formatUnits())];
  } catch {
    return undefined;
  }
}

/** True when the learner's figure is a rounding of the case's: fewer significant digits, at most two. */
export function isRounder(learner: EstimateValue, figure: EstimateValue): boolean {
  const numbers = writtenNumbers(learner, figure);
  if (numbers === undefined) return false;
  const own = significantDigits(numbers[0]);
  return own > 0 && own <= 2 && own < significantDigits(numbers[1]);
}

/**
 * True when a figure the learner wrote stands for a figure of the case: within FACT_TOLERANCE, or within
 * ROUNDING_TOLERANCE when it is a rounding of it (see isRounder). Same dimension, a plain number for a
 * figure's number, or an amount written for a daily figure, as sameAmount reads them.
 */
export function sameFigure(learner: EstimateValue, figure: EstimateValue): boolean {
  if (sameAmount(learner, figure, FACT_TOLERANCE)) return true;
  return sameAmount(learner, figure, ROUNDING_TOLERANCE) && isRounder(learner, figure);
}
