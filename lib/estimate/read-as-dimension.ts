import type { Dimension } from '../units/dimensions';
import { safeMath } from './safe-math';
import type { EstimateValue } from './value-dimension';
import { valueDimension } from './value-dimension';

/**
 * How a value of another dimension was read as the quantity's: the count unit left out, a day's amount, or
 * a plain number read in the quantity's own unit (`18` for 18 TB), which earns only part of its worth.
 */
export type Reading = 'as-written' | 'count-unit-left-out' | 'amount-per-day' | 'unit-left-out';

/**
 * Reads a worksheet value as a quantity's dimension the way an interviewer hears it: as written when it
 * already has that dimension; `50,000,000 / 86,400 s` (1/s) as events/s and a plain count as events when the
 * count unit was left out; `432 GB` as 432 GB/day when the quantity is a daily figure (`unit` ends in /day);
 * a plain number as so many of the quantity's unit (`370` for 370 events/s, `18` for 18 TB), since the
 * magnitude still shows the learner worked something out. Returns undefined when no reading fits (GB for an
 * event rate stays a unit error).
 */
export function readAsDimension(value: EstimateValue, dimension: Dimension | undefined, unit: string): { value: EstimateValue; reading: Reading } | undefined {
  if (valueDimension(value) === dimension) return { value, reading: 'as-written' };
  const { math } = safeMath();
  const attempt = (reading: Reading, compute: () => unknown) => {
    try {
      const result = compute();
      if ((typeof result === 'number' || math.isUnit(result)) && valueDimension(result as EstimateValue) === dimension) return { value: result as EstimateValue, reading };
    } catch {
      // Not convertible this way.
    }
    return undefined;
  };
  if (dimension === 'event_rate' || dimension === 'event_count') {
    const counted = attempt('count-unit-left-out', () => math.multiply(value as never, math.unit('1 event') as never));
    if (counted) return counted;
  }
  if (/\/\s*(day|d)\s*$/.test(unit.trim()) && typeof value !== 'number') {
    return attempt('amount-per-day', () => math.divide(value as never, math.unit('1 day') as never));
  }
  if (typeof value === 'number' && dimension !== undefined && dimension !== 'ratio' && unit.trim() !== '' && unit.trim() !== '%') {
    return attempt('unit-left-out', () => math.multiply(value, math.unit(`1 ${unit.trim()}`) as never));
  }
  return undefined;
}
